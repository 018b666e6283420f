import { describe, expect, it } from 'vitest';
import type { Clock } from '../../src/wording/calendar.ts';
import { productState, readiness, sessionPlan, stateTone, type ProductState } from '../../src/wording/product-state.ts';
import { becauseText, doubtText, listOf, planWords, readinessText, stateTooltip, stateWords } from '../../src/wording/state-text.ts';
import { analysis, ingredient, sessionWindows } from './ui-fixtures.ts';
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

  it('without a date, the wait is a duration after the treatment, which never breaks across lines', () => {
    expect(stateWords({ kind: 'wait-after', verdict: 'avoid', hours: 168 }, clock(start))).toMatchObject({
      word: 'Not yet',
      line: `OK 7${NBSP}days after your treatment`,
    });
    expect(stateWords({ kind: 'wait-after', verdict: 'caution', hours: 48 }, clock(start)).line).toBe(
      `Check with your practitioner, or wait 48${NBSP}hours after your treatment`,
    );
  });

  it('the toolbar tooltip is the chip and the sentence, then why', () => {
    const now = productState(avoid, treatmentAt, wednesday);
    expect(plain(stateTooltip(now, ['retinol', 'parfum'], clock(wednesday)))).toBe('Not yet. OK from Mon 7 Dec, 14:00 (in 5 days). Because of retinol and parfum');
    expect(plain(stateTooltip(now, ['retinol', 'tretinoin', 'parfum', 'linalool', 'limonene'], clock(wednesday)))).toBe(
      'Not yet. OK from Mon 7 Dec, 14:00 (in 5 days). Because of retinol, tretinoin, parfum and 2 more',
    );
    const over = productState(avoid, treatmentAt, start + 200 * HOUR);
    expect(plain(stateTooltip(over, ['retinol'], clock(start + 200 * HOUR)))).toBe('OK now. The wait after your treatment is over (was: avoid until Mon 7 Dec, 14:00)');
  });

  it('the reason line lists the deciding classes the way the language lists things', () => {
    expect(becauseText(['Retinoid', 'Fragrance'], clock(start))).toBe('Contains: Retinoid and Fragrance');
    expect(listOf(['a', 'b', 'c', 'd', 'e', 'f'], clock(start))).toBe('a, b, c and 3 more');
    expect(becauseText([], clock(start))).toBe('');
  });

  it('each group has one time: OK from, OK now, a duration, or never', () => {
    expect(plain(readinessText(readiness(168, treatmentAt, wednesday), clock(wednesday)))).toBe('OK from Mon 7 Dec, 14:00 (in 5 days)');
    expect(readinessText(readiness(24, treatmentAt, wednesday), clock(wednesday))).toBe('OK now');
    expect(plain(readinessText(readiness(168, null, start), clock(start)))).toBe('OK 7 days after your treatment');
    expect(readinessText(readiness(null, treatmentAt, start), clock(start))).toBe('Not for you');
  });
});

describe('before the next session, and the first hours (treatment-cycle.md)', () => {
  // The next session Tue 8 Dec 2026, 10:00 in Berlin; retinol pauses 5 days before it (from Thu 3 Dec, 10:00) and
  // waits 7 days after it. The last treatment was Mon 2 Nov, 10:00: its wait is long over.
  const last = '2026-11-02T09:00:00.000Z';
  const next = { treatmentAt: '2026-12-08T09:00:00.000Z', depth: 'pro' as const };
  const serum = { ...avoid, windows: { pro: sessionWindows({ afterHours: 168, pauseHours: 120 }), home: sessionWindows({ afterHours: 72, pauseHours: 48 }) } };
  const tuesday = Date.parse('2026-12-01T09:00:00Z');
  const friday = Date.parse('2026-12-04T09:00:00Z');

  it('OK now until the pause begins, and the plan says from when to stop', () => {
    expect(productState(serum, last, tuesday, next)).toEqual({ kind: 'ok-now', was: { verdict: 'avoid', until: '2026-11-09T09:00:00.000Z' } });
    expect(sessionPlan(serum, next)).toEqual({
      session: next.treatmentAt,
      depth: 'pro',
      pauseHours: 120,
      pauseFrom: '2026-12-03T09:00:00.000Z',
      resumeAt: '2026-12-15T09:00:00.000Z',
      clinicPause: false,
      clinicAfter: false,
    });
    const words = planWords(sessionPlan(serum, next) as NonNullable<ReturnType<typeof sessionPlan>>, clock(tuesday));
    expect(plain(words.pause)).toBe('Stop using this from Thu 3 Dec, 10:00 — 5 days before your session on Tue 8 Dec, 10:00');
    expect(plain(words.after)).toBe('After it: OK again from Tue 15 Dec, 10:00');
  });

  it('paused from then to the session, with the date it is OK again after it', () => {
    const state = productState(serum, last, friday, next);
    expect(state).toEqual({ kind: 'paused', session: next.treatmentAt, hours: 120, resumeAt: '2026-12-15T09:00:00.000Z' });
    expect(stateTone(state)).toBe('avoid');
    const words = stateWords(state, clock(friday));
    expect(words.word).toBe('Pause');
    expect(plain(words.line)).toBe('Not on your skin now: 5 days before your session on Tue 8 Dec, 10:00');
    expect(plain(words.note)).toBe('OK again from Tue 15 Dec, 10:00');
  });

  it('paused at once when the wait after the last treatment runs into the pause before the next', () => {
    const close = '2026-11-30T09:00:00.000Z';
    expect(productState(serum, close, tuesday, next)).toMatchObject({ kind: 'paused' });
  });

  it('nothing to pause: OK now, and the plan says to come with clean skin', () => {
    const gentle = analysis([ingredient('Aqua')], {
      okAfterHours: 6,
      windows: { pro: sessionWindows({ afterHours: 6, firstHours: 6, byFirstHours: true }), home: sessionWindows() },
    });
    expect(productState(gentle, last, friday, next)).toEqual({ kind: 'ok-now', was: null });
    const plan = sessionPlan(gentle, next) as NonNullable<ReturnType<typeof sessionPlan>>;
    expect(plan.pauseFrom).toBe(next.treatmentAt);
    expect(plain(planWords(plan, clock(friday)).pause)).toBe(
      'Nothing to pause before your session on Tue 8 Dec, 10:00: come with clean skin (no makeup, lotions, sunscreen or oils).',
    );
  });

  it('nothing flagged is not OK in the first hours after a professional session', () => {
    const gentle = analysis([ingredient('Aqua')], { okAfterHours: 6 });
    const state = productState(gentle, treatmentAt, start + 2 * HOUR);
    expect(state).toEqual({ kind: 'first-hours', okFrom: '2026-11-30T19:00:00.000Z', hours: 6 });
    expect(stateTone(state)).toBe('caution');
    expect(stateWords(state, clock(start + 2 * HOUR))).toMatchObject({ word: 'Not yet', line: `OK from Mon${NBSP}30${NBSP}Nov,${NBSP}20:00 (in${NBSP}4${NBSP}hours)` });
    expect(productState(gentle, treatmentAt, start + 6 * HOUR)).toEqual({ kind: 'ok-now', was: null });
    expect(productState(gentle, null, start)).toEqual({ kind: 'first-hours', okFrom: null, hours: 6 });
    expect(stateWords({ kind: 'first-hours', okFrom: null, hours: 6 }, clock(start))).toMatchObject({ word: 'Suitable', line: `OK 6${NBSP}hours after your treatment` });
    // Without a date nothing is being waited out: the gentle product wears green, its line says when.
    expect(stateTone(productState(gentle, null, start))).toBe('suitable');
  });

  it('a treatment still ahead is no wait yet: before it only its pause counts', () => {
    expect(productState(serum, next.treatmentAt, tuesday)).toEqual({ kind: 'ok-now', was: null });
    expect(productState(serum, next.treatmentAt, friday, next)).toMatchObject({ kind: 'paused' });
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
  { kind: 'first-hours', okFrom: '2026-11-30T19:00:00.000Z', hours: 6 },
  { kind: 'first-hours', okFrom: null, hours: 6 },
  { kind: 'paused', session: '2026-12-08T09:00:00.000Z', hours: 120, resumeAt: '2026-12-15T09:00:00.000Z' },
  { kind: 'paused', session: '2026-12-08T09:00:00.000Z', hours: 24, resumeAt: null },
  { kind: 'unknown', reason: 'no-list', recognised: 0, total: 0 },
  { kind: 'unknown', reason: 'truncated', recognised: 5, total: 5 },
  { kind: 'unknown', reason: 'low-coverage', recognised: 3, total: 9 },
  { kind: 'unknown', reason: 'doubtful', recognised: 4, total: 5, doubt: { kind: 'near-risky', text: 'Retinl', near: 'Retinol' } },
];

describe.each(['en', 'de'])('every state in %s', (language) => {
  inLanguage(language);

  it.each(everyState.map((s) => [s.kind, s] as const))('%s reads as whole words: no empty parentheses, no gaps, no placeholders', (_, state) => {
    for (const names of [[], ['retinol', 'parfum']]) {
      const texts = [...Object.values<string>({ ...stateWords(state, clock(wednesday, language)) }), stateTooltip(state, names, clock(wednesday, language))];
      for (const text of texts) {
        expect(text).not.toMatch(/\(\s*\)|\$\d|undefined|null| {2}|\s[.,]/);
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
    expect(plain(stateTooltip(productState(avoid, treatmentAt, wednesday), ['retinol'], clock(wednesday, 'de')))).toBe(
      'Noch nicht. Verwendbar ab Mo., 7. Dez., 14:00 (in 5 Tagen). Grund: retinol',
    );
  });

  it('says when to pause, in German', () => {
    const next = { treatmentAt: '2026-12-08T09:00:00.000Z', depth: 'pro' as const };
    const serum = { ...avoid, windows: { pro: sessionWindows({ afterHours: 168, pauseHours: 120 }), home: sessionWindows() } };
    const words = planWords(sessionPlan(serum, next) as NonNullable<ReturnType<typeof sessionPlan>>, clock(wednesday, 'de'));
    expect(plain(words.pause)).toBe('Ab Do., 3. Dez., 10:00 nicht mehr verwenden – 5 Tage vor Ihrem Termin am Di., 8. Dez., 10:00');
    const paused = stateWords({ kind: 'paused', session: next.treatmentAt, hours: 120, resumeAt: '2026-12-15T09:00:00.000Z' }, clock(wednesday, 'de'));
    expect(paused.word).toBe('Pausieren');
    expect(plain(paused.note)).toBe('Wieder verwendbar ab Di., 15. Dez., 10:00');
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
