import type { Series, Session, TreatmentProfile } from './model.ts';

// The treatment plan over time: booked sessions become the current treatment once they have taken place
// (the one before joins the earlier ones), the next session is the first still to come, and a series
// proposes the dates after the last planned session — proposals the person books, never booked for them.

const DAY_MS = 86_400_000;

/** What the sessions of a plan are read from. */
export type PlanSessions = Pick<TreatmentProfile, 'treatmentAt' | 'depth' | 'booked'>;

/** Sessions as they stand at `now`: a booked session that has taken place is the current treatment. */
export function advancePlan(profile: TreatmentProfile, now: number): TreatmentProfile {
  const happened = profile.booked.filter((s) => Date.parse(s.treatmentAt) <= now);
  if (happened.length === 0) return profile;
  const sessions = [...current(profile), ...happened].sort(byTime);
  const latest = sessions.at(-1) as Session;
  const earlier = sessions.slice(0, -1).reverse();
  return {
    ...profile,
    treatmentAt: latest.treatmentAt,
    depth: latest.depth,
    past: [...earlier, ...profile.past.filter((p) => !earlier.some((e) => e.treatmentAt === p.treatmentAt))].sort((a, b) => byTime(b, a)),
    booked: profile.booked.filter((s) => !happened.includes(s)),
  };
}

/** The next session still to come: the current treatment when it lies ahead, else the soonest booked one. */
export function nextSession(profile: PlanSessions, now: number): Session | null {
  return [...current(profile), ...profile.booked].filter((s) => Date.parse(s.treatmentAt) > now).sort(byTime)[0] ?? null;
}

/** The sessions still to come, soonest first. */
export function upcomingSessions(profile: PlanSessions, now: number): Session[] {
  return [...current(profile), ...profile.booked].filter((s) => Date.parse(s.treatmentAt) > now).sort(byTime);
}

/** Books a session (a proposal confirmed, or a date typed): kept in time order, one per time. */
export function bookSession(profile: TreatmentProfile, session: Session): TreatmentProfile {
  const others = profile.booked.filter((s) => s.treatmentAt !== session.treatmentAt);
  return { ...profile, booked: [...others, session].sort(byTime), onboarded: true };
}

export function cancelSession(profile: TreatmentProfile, treatmentAt: string): TreatmentProfile {
  return { ...profile, booked: profile.booked.filter((s) => s.treatmentAt !== treatmentAt) };
}

/**
 * The dates a series proposes: one interval after the last planned session (current or booked), then one
 * interval after each proposal, until the series has its number of sessions. Calendar days at the same
 * wall-clock time: `addDays` is given by the caller, in the person's time zone.
 */
export function proposedSessions(profile: TreatmentProfile, addDays: (iso: string, days: number) => string): Session[] {
  const { series } = profile;
  if (!series) return [];
  const planned = [...current(profile), ...profile.past, ...profile.booked]
    .filter((s) => Date.parse(s.treatmentAt) >= Date.parse(series.since) - DAY_MS / 2)
    .sort(byTime);
  const last = planned.at(-1);
  if (!last) return [];
  const proposals: Session[] = [];
  for (let at = last.treatmentAt; planned.length + proposals.length < series.sessions;) {
    at = addDays(at, series.everyDays);
    proposals.push({ treatmentAt: at, depth: last.depth });
  }
  return proposals;
}

/** A series from the current treatment (or the first booked one). */
export function startSeries(profile: TreatmentProfile, everyDays: number, sessions: number): TreatmentProfile {
  const since = profile.treatmentAt ?? profile.booked[0]?.treatmentAt;
  const series: Series | null = since ? { everyDays, sessions, since } : null;
  return { ...profile, series };
}

function current(profile: Pick<TreatmentProfile, 'treatmentAt' | 'depth'>): Session[] {
  return profile.treatmentAt === null ? [] : [{ treatmentAt: profile.treatmentAt, depth: profile.depth }];
}

function byTime(a: Session, b: Session): number {
  return Date.parse(a.treatmentAt) - Date.parse(b.treatmentAt);
}
