import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, type TreatmentProfile } from '../../src/list/model.ts';
import { fromLocalInput, toLocalInput, withTreatment } from '../../src/ui/profile-form.ts';

const now = Date.parse('2025-11-25T12:00:00.000Z');
const past: TreatmentProfile = { treatmentAt: '2025-10-01T09:00:00.000Z', depth: 'home', past: [], onboarded: true };

describe('withTreatment', () => {
  it('keeps a past treatment in the history when a new date replaces it', () => {
    const next = withTreatment(past, { treatmentAt: '2025-11-28T14:00:00.000Z', depth: 'pro' }, now);
    expect(next).toEqual({
      treatmentAt: '2025-11-28T14:00:00.000Z',
      depth: 'pro',
      past: [{ treatmentAt: '2025-10-01T09:00:00.000Z', depth: 'home' }],
      onboarded: true,
    });
    expect(withTreatment(next, { treatmentAt: null, depth: 'pro' }, now).past).toHaveLength(1);
  });

  it('forgets a future date that is replaced and keeps the same date once', () => {
    const future = { ...past, treatmentAt: '2025-12-01T09:00:00.000Z' };
    expect(withTreatment(future, { treatmentAt: '2025-12-02T09:00:00.000Z', depth: 'pro' }, now).past).toEqual([]);
    expect(withTreatment(past, { treatmentAt: past.treatmentAt, depth: 'pro' }, now).past).toEqual([]);
  });

  it('marks the person onboarded, also when not scheduled', () => {
    expect(withTreatment(DEFAULT_PROFILE, { treatmentAt: null, depth: 'home' }, now)).toEqual({
      treatmentAt: null,
      depth: 'home',
      past: [],
      onboarded: true,
    });
  });
});

describe('datetime-local conversion', () => {
  it('round-trips through the local input value', () => {
    const local = '2025-11-28T14:00';
    const iso = fromLocalInput(local);
    expect(iso).not.toBeNull();
    expect(toLocalInput(iso)).toBe(local);
  });

  it('is empty or null for missing and malformed values', () => {
    expect(toLocalInput(null)).toBe('');
    expect(toLocalInput('garbage')).toBe('');
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('2025-13-45T99:99')).toBeNull();
  });
});
