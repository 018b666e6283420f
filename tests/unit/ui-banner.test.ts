import { describe, expect, it } from 'vitest';
import { verdictTooltip } from '../../src/background/badge.ts';
import { bannerFor, bannerTone, relativeParts } from '../../src/ui/banner.ts';
import { bannerText, doubtText, readinessText } from '../../src/ui/verdict-text.ts';
import { analysis, ingredient } from './ui-fixtures.ts';

const HOUR = 3_600_000;
const treatmentAt = '2025-11-25T14:00:00.000Z';
const start = Date.parse(treatmentAt);
const retinol = ingredient('Retinol', { effect: 'avoid', okAfterHours: 168 });
const avoid = analysis([retinol], { verdict: 'avoid', okAfterHours: 168 });

describe('bannerFor', () => {
  it('says "not yet" with the OK-from time while the window runs', () => {
    expect(bannerFor(avoid, treatmentAt, start + 96 * HOUR)).toEqual({
      kind: 'not-yet',
      verdict: 'avoid',
      okFrom: '2025-12-02T14:00:00.000Z',
      hoursLeft: 72,
    });
  });

  it('says OK now once the window has passed, even for an avoid product', () => {
    expect(bannerFor(avoid, treatmentAt, start + 168 * HOUR)).toEqual({ kind: 'ok-now' });
  });

  it('gives the duration after the treatment when no date is set', () => {
    expect(bannerFor(avoid, null, start)).toEqual({ kind: 'wait-after', verdict: 'avoid', hours: 168 });
  });

  it('names the own avoid list when the window is never', () => {
    expect(bannerFor({ ...avoid, okAfterHours: null }, treatmentAt, start)).toEqual({ kind: 'own-list' });
  });

  it('explains an unknown verdict by missing list or low coverage', () => {
    const none = analysis([], { verdict: 'unknown', unknownReason: 'no-list' });
    expect(bannerFor(none, null, start)).toMatchObject({ kind: 'unknown', reason: 'no-list' });
    const low = analysis([ingredient('Aqua'), ingredient('Zzz', { via: 'none', effect: 'unknown' })], {
      verdict: 'unknown',
      unknownReason: 'low-coverage',
    });
    expect(bannerFor(low, null, start)).toEqual({ kind: 'unknown', reason: 'low-coverage', recognised: 1, total: 2 });
  });

  it('sends a caution without a window to the practitioner', () => {
    const caution = analysis([ingredient('Niacinamide', { effect: 'caution' })], { verdict: 'caution', okAfterHours: 0 });
    expect(bannerFor(caution, treatmentAt, start)).toEqual({ kind: 'check' });
  });

  it('is suitable regardless of the treatment', () => {
    expect(bannerFor(analysis([ingredient('Aqua')]), null, start)).toEqual({ kind: 'ok-now' });
  });
});

describe('bannerTone', () => {
  it('wears green once the wait is over and the verdict colour before', () => {
    expect(bannerTone({ kind: 'ok-now' })).toBe('suitable');
    expect(bannerTone({ kind: 'own-list' })).toBe('avoid');
    expect(bannerTone({ kind: 'wait-after', verdict: 'caution', hours: 48 })).toBe('caution');
    expect(bannerTone({ kind: 'unknown', reason: 'no-list', recognised: 0, total: 0 })).toBe('unknown');
  });
});

describe('relativeParts', () => {
  it('counts hours below two days and whole days from then on, rounding up', () => {
    expect(relativeParts(0.2)).toEqual({ value: 1, unit: 'hour' });
    expect(relativeParts(47.5)).toEqual({ value: 48, unit: 'hour' });
    expect(relativeParts(48)).toEqual({ value: 2, unit: 'day' });
    expect(relativeParts(72.1)).toEqual({ value: 4, unit: 'day' });
  });
});

describe('bannerText (English)', () => {
  it('writes the OK-from sentence with date and distance', () => {
    const text = bannerText(bannerFor(avoid, treatmentAt, start + 96 * HOUR), 'en-GB');
    expect(text).toMatch(/^Not yet — OK from Tue 2 Dec, \d\d:00, in 3 days$/);
  });

  it('writes the duration sentence without a date', () => {
    expect(bannerText({ kind: 'wait-after', verdict: 'avoid', hours: 168 }, 'en-GB')).toBe('Avoid for 7 days after your treatment');
    expect(bannerText({ kind: 'wait-after', verdict: 'caution', hours: 48 }, 'en-GB')).toBe(
      'Check with your practitioner — or wait 48 hours after your treatment',
    );
  });

  it('gives the coverage when it could not judge', () => {
    expect(bannerText({ kind: 'unknown', reason: 'low-coverage', recognised: 3, total: 9 })).toBe(
      'Could not judge — only 3 of 9 ingredients recognised',
    );
  });

  it('writes per-ingredient readiness', () => {
    expect(readinessText({ kind: 'after', hours: 168 })).toBe('7 days after treatment');
    expect(readinessText({ kind: 'never' })).toBe('never');
    expect(readinessText({ kind: 'ok-from', at: treatmentAt }, 'en-GB')).toMatch(/^OK from Tue 25 Nov, \d\d:00$/);
  });
});

describe('doubts (a list without warnings that is not called suitable)', () => {
  const doubtful = analysis([ingredient('Aqua'), ingredient('Zorblax 2%', { via: 'none', effect: 'unknown', notes: ['unknown-active'] })], {
    verdict: 'unknown',
    unknownReason: 'doubtful',
    doubts: [{ kind: 'unknown-active', text: 'Zorblax 2%' }, { kind: 'reading', reason: 'partial' }],
  });

  it('the banner says why, from the first doubt', () => {
    const banner = bannerFor(doubtful, null, start);
    expect(banner).toMatchObject({ kind: 'unknown', reason: 'doubtful', doubt: { kind: 'unknown-active', text: 'Zorblax 2%' } });
    expect(bannerText(banner)).toBe('Could not judge. “Zorblax 2%” is declared as an active, and we do not know it — check the label.');
    expect(verdictTooltip(doubtful)).toBe(bannerText(banner));
  });

  it('each doubt is one sentence that says what to do', () => {
    expect(doubtText({ kind: 'reading', reason: 'partial' })).toBe('This list may be incomplete — compare it with the label.');
    expect(doubtText({ kind: 'reading', reason: 'component-unread' })).toMatch(/^One part of this set has no list/);
    expect(doubtText({ kind: 'reading', reason: 'ambiguous' })).toMatch(/more than one list/);
    expect(doubtText({ kind: 'near-risky', text: 'Retinl', near: 'Retinol' })).toBe('“Retinl” could be Retinol — check the label.');
  });
});
