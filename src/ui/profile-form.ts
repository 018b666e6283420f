import type { TreatmentProfile } from '../list/model.ts';

// The treatment profile as the options page edits it. A new date that replaces a treatment already
// in the past keeps that one in the history; replacing a future date (a typo, a moved appointment) does not.

export function withTreatment(
  profile: TreatmentProfile,
  next: { treatmentAt: string | null; depth: TreatmentProfile['depth'] },
  now: number,
): TreatmentProfile {
  const old = profile.treatmentAt;
  const keepOld = old !== null && old !== next.treatmentAt && Date.parse(old) <= now;
  const past = keepOld
    ? [{ treatmentAt: old, depth: profile.depth }, ...profile.past.filter((p) => p.treatmentAt !== old)]
    : profile.past;
  return { treatmentAt: next.treatmentAt, depth: next.depth, past, onboarded: true };
}

/** ISO time → the value of an `<input type="datetime-local">` in local time ("2025-11-28T14:00"). */
export function toLocalInput(iso: string | null): string {
  if (iso === null) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The input's local value → ISO, or null when empty or not a date. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
