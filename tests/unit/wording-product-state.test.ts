import { describe, expect, it } from 'vitest';
import type { Clock } from '../../src/wording/calendar.ts';
import { productState, readiness, stateTone, type ProductState } from '../../src/wording/product-state.ts';
import { becauseText, doubtText, listOf, readinessText, stateTooltip, stateWords } from '../../src/wording/state-text.ts';
import { analysis, ingredient } from './ui-fixtures.ts';
import { inLanguage } from './ui-i18n.ts';

// One state, decided once and worded once: the chip and the sentence always say the same thing, in
// terms of now. Times: a professional treatment on Mon 30 Nov 2026, 14:00 in Berlin (13:00 UTC);
// retinol waits 7 days (rubric), so it is OK from Mon 7 Dec, 14:00.

const HOUR = 3_600_000;
const NBSP = '\u00a0';
const treatmentAt = '2026-11-30T13:00:00.000Z';
const start = Date.parse(treatmentAt);
const BERLIN = 'Europe/Berlin';
/** Wed 2 Dec 2026, 10:00 in Berlin: five calendar days before Mon 7 Dec. */
const wednesday = Date.parse('2026-12-02T09:00:00Z');
const clock = (now: number, locale = 'en-GB'): Clock => ({ now, locale, timeZone: BERLIN });
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

const retinol = ingredient('Retinol', { classes: ['retinoid'], effect: 'avoid', okAfterHours: 168 });
const avoid = analysis([retinol], { verdict: 'avoid', okAfterHours: 168 });
const niacinamide = ingredient('Niacinamide', { classes: ['niacinamide'], effect: 'caution', okAfterHours: 48 });
const caution = analysis([niacinamide], { verdict: 'caution', okAfterHours: 48 });

describe('productState', () => {
  it('is "not yet" with the OK-from time while the window runs', () => {
    expect(productState(avoid, treatmentAt, wednesday)).toEqual({ kind: 'not-yet', verdict: 'avoid', okFrom: '2026-12-07T13:00:00.000Z' });
  });

  it('is "OK now" once the window has passed, keeping the wait that ended', () => {
    expect(productState(avoid, treatmentAt, start + 168 * HOUR)).toEqual({
      kind: 'ok-now',
      was: { verdict: 'avoid', until: '2026-12-07T13:00:00.000Z' },
    });
    expect(productState(analysis([ingredient('Aqua')]), null, start)).toEqual({ kind: 'ok-now', was: null });
  });

  it('gives the wait as a duration when no treatment date is set', () => {
    expect(productState(avoid, null, start)).toEqual({ kind: 'wait-after', verdict: 'avoid', hours: 168 });
  });

  it('says "ask" for a caution with nothing to wait out, and names the own avoid list', () => {
    expect(productState({ ...caution, okAfterHours: 0 }, treatmentAt, start)).toEqual({ kind: 'ask' });
    expect(productState({ ...avoid, okAfterHours: null }, treatmentAt, start)).toEqual({ kind: 'own-list' });
  });

  it('explains "could not judge" by a missing list, low coverage or the first doubt', () => {
    expect(productState(analysis([], { verdict: 'unknown', unknownReason: 'no-list' }), null, start)).toMatchObject({ kind: 'unknown', reason: 'no-list' });
    const low = analysis([ingredient('Aqua'), ingredient('Zzz', { via: 'none', effect: 'unknown' })], { verdict: 'unknown', unknownReason: 'low-coverage' });
    expect(productState(low, null, start)).toEqual({ kind: 'unknown', reason: 'low-coverage', recognised: 1, total: 2 });
  });

  it('wears green once the wait is over, and the verdict colour before', () => {
    expect(stateTone(productState(avoid, treatmentAt, start + 200 * HOUR))).toBe('suitable');
    expect(stateTone(productState(avoid, treatmentAt, wednesday))).toBe('avoid');
    expect(stateTone(productState(caution, treatmentAt, start))).toBe('caution');
    expect(stateTone({ kind: 'own-list' })).toBe('avoid');
  });
});

describe('the words of a state (English)', () => {
  it('not yet: chip and sentence say the same, with the date and the calendar days left', () => {
    const words = stateWords(productState(avoid, treatmentAt, wednesday), clock(wednesday));
    expect(words.word).toBe('Not yet');
    expect(plain(words.line)).toBe('OK from Mon 7 Dec, 14:00 (in 5 days)');
    expect(words.note).toBe('');
    // The date and the distance never break inside.
    expect(words.line).toContain(`Mon${NBSP}7${NBSP}Dec,${NBSP}14:00`);
    expect(words.line).toContain(`in${NBSP}5${NBSP}days`);
  });

  it('OK now: the chip says so, and the ended wait is small print', () => {
    const later = start + 200 * HOUR;
    const words = stateWords(productState(avoid, treatmentAt, later), clock(later));
    expect(words).toEqual({ word: 'OK now', line: 'The wait after your treatment is over', note: `was: avoid until Mon${NBSP}7${NBSP}Dec,${NBSP}14:00` });
  });

  it('a caution sends the person to their practitioner, with the date to wait for', () => {
    const words = stateWords(productState(caution, treatmentAt, start + HOUR), clock(start + HOUR));
    expect(words.word).toBe('Ask first');
    expect(plain(words.line)).toBe('Check with your practitioner, or wait until Wed 2 Dec, 14:00 (in 2 days)');
  });

  it('could not judge says why', () => {
    const words = stateWords({ kind: 'unknown', reason: 'low-coverage', recognised: 3, total: 9 }, clock(start));
    expect(words).toEqual({ word: 'Could not judge', line: 'Only 3 of 9 ingredients were recognised', note: '' });
    const doubt = { kind: 'unknown-active', text: 'Zorblax 2%' } as const;
    expect(stateWords({ kind: 'unknown', reason: 'doubtful', recognised: 1, total: 2, doubt }, clock(start)).line).toBe(doubtText(doubt));
  });

  it('without a date, the wait is a duration after the treatment', () => {
    expect(stateWords({ kind: 'wait-after', verdict: 'avoid', hours: 168 }, clock(start))).toMatchObject({ word: 'Not yet', line: 'OK 7 days after your treatment' });
    expect(stateWords({ kind: 'wait-after', verdict: 'caution', hours: 48 }, clock(start)).line).toBe(
      'Check with your practitioner, or wait 48 hours after your treatment',
    );
  });

  it('the toolbar tooltip is the chip and the sentence, then why', () => {
    const now = productState(avoid, treatmentAt, wednesday);
    expect(plain(stateTooltip(now, 'retinol, parfum', clock(wednesday)))).toBe('Not yet. OK from Mon 7 Dec, 14:00 (in 5 days). Because of retinol, parfum');
    const over = productState(avoid, treatmentAt, start + 200 * HOUR);
    expect(plain(stateTooltip(over, 'retinol', clock(start + 200 * HOUR)))).toBe(
      'OK now. The wait after your treatment is over (was: avoid until Mon 7 Dec, 14:00)',
    );
  });

  it('the reason line lists the deciding classes the way the language lists things', () => {
    expect(becauseText(['Retinoid', 'Fragrance'], clock(start))).toBe('Contains: Retinoid and Fragrance');
    expect(listOf(['a', 'b', 'c', 'd', 'e', 'f'], clock(start))).toBe('a, b, c and 3 more');
    expect(becauseText([], clock(start))).toBe('');
  });

  it('each group has one time: OK from, OK now, a duration, or never', () => {
    expect(plain(readinessText(readiness(168, treatmentAt, wednesday), clock(wednesday)))).toBe('OK from Mon 7 Dec, 14:00 (in 5 days)');
    expect(readinessText(readiness(24, treatmentAt, wednesday), clock(wednesday))).toBe('OK now');
    expect(readinessText(readiness(168, null, start), clock(start))).toBe('OK 7 days after your treatment');
    expect(readinessText(readiness(null, treatmentAt, start), clock(start))).toBe('Not for you');
  });
});

/** Every state a product can be in, for the checks that hold for all of them. */
const everyState: ProductState[] = [
  productState(avoid, treatmentAt, wednesday),
  productState(avoid, treatmentAt, start + 200 * HOUR),
  productState(caution, treatmentAt, start + HOUR),
  { kind: 'ask' },
  { kind: 'own-list' },
  { kind: 'ok-now', was: null },
  { kind: 'wait-after', verdict: 'avoid', hours: 168 },
  { kind: 'wait-after', verdict: 'caution', hours: 48 },
  { kind: 'unknown', reason: 'no-list', recognised: 0, total: 0 },
  { kind: 'unknown', reason: 'truncated', recognised: 5, total: 5 },
  { kind: 'unknown', reason: 'low-coverage', recognised: 3, total: 9 },
  { kind: 'unknown', reason: 'doubtful', recognised: 4, total: 5, doubt: { kind: 'near-risky', text: 'Retinl', near: 'Retinol' } },
];

describe.each(['en', 'de'])('every state in %s', (language) => {
  inLanguage(language);

  it.each(everyState.map((s) => [s.kind, s] as const))('%s reads as whole words: no empty parentheses, no gaps, no placeholders', (_, state) => {
    for (const names of ['', 'retinol, parfum']) {
      const texts = [...Object.values(stateWords(state, clock(wednesday, language))), stateTooltip(state, names, clock(wednesday, language))];
      for (const text of texts) {
        expect(text).not.toMatch(/\(\s*\)|\$\d|undefined|null|  |\s[.,]/);
      }
      expect(stateWords(state, clock(wednesday, language)).word).not.toBe('');
      expect(stateWords(state, clock(wednesday, language)).line).not.toBe('');
    }
  });
});

describe('the words of a state (German)', () => {
  inLanguage('de');

  it('says "Noch nicht — verwendbar ab" with the German date and days', () => {
    const words = stateWords(productState(avoid, treatmentAt, wednesday), clock(wednesday, 'de'));
    expect(words.word).toBe('Noch nicht');
    expect(plain(words.line)).toBe('Verwendbar ab Mo., 7. Dez., 14:00 (in 5 Tagen)');
    expect(plain(stateTooltip(productState(avoid, treatmentAt, wednesday), 'retinol', clock(wednesday, 'de')))).toBe(
      'Noch nicht. Verwendbar ab Mo., 7. Dez., 14:00 (in 5 Tagen). Grund: retinol',
    );
  });

  it('says when the wait ended, in German', () => {
    const later = start + 200 * HOUR;
    expect(stateWords(productState(avoid, treatmentAt, later), clock(later, 'de'))).toEqual({
      word: 'Jetzt verwendbar',
      line: 'Die Wartezeit nach der Behandlung ist vorbei',
      note: `zuvor: meiden bis Mo.,${NBSP}7.${NBSP}Dez.,${NBSP}14:00`,
    });
    expect(listOf(['Retinoid', 'Duftstoffe', 'Alkohol', 'Säure', 'Vitamin C'], clock(later, 'de'))).toBe('Retinoid, Duftstoffe, Alkohol und 2 weitere');
  });
});
