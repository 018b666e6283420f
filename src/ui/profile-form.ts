import type { TreatmentProfile } from '../list/model.ts';
import { wallTime, zonedInstant, type Clock, type WallTime } from '../wording/calendar.ts';

// The treatment profile as the options page edits it. Correcting the date (or kind) edits the
// current treatment; only a NEW treatment, entered after the current one took place, moves that
// one to the earlier treatments. Each earlier treatment can be deleted.

export type TreatmentChoice = Pick<TreatmentProfile, 'treatmentAt' | 'depth'>;

/** A correction of the current treatment: earlier treatments stay as they are. */
export function correctTreatment(profile: TreatmentProfile, next: TreatmentChoice): TreatmentProfile {
  return { ...profile, treatmentAt: next.treatmentAt, depth: next.depth, onboarded: true };
}

/**
 * A new treatment: the current one becomes an earlier treatment when it took place (not after `now`)
 * and before the new one; a date that never came (a cancelled appointment) is simply replaced.
 */
export function addTreatment(profile: TreatmentProfile, next: TreatmentChoice, now: number): TreatmentProfile {
  const old = profile.treatmentAt;
  const happened = old !== null && Date.parse(old) <= now && (next.treatmentAt === null || Date.parse(old) < Date.parse(next.treatmentAt));
  const past = happened ? [{ treatmentAt: old, depth: profile.depth }, ...profile.past.filter((p) => p.treatmentAt !== old)] : profile.past;
  return { ...profile, treatmentAt: next.treatmentAt, depth: next.depth, past, onboarded: true };
}

export function deletePastTreatment(profile: TreatmentProfile, treatmentAt: string): TreatmentProfile {
  return { ...profile, past: profile.past.filter((p) => p.treatmentAt !== treatmentAt) };
}

/** Whether the form offers "a new treatment": only once the current one has taken place. */
export function treatmentTookPlace(profile: TreatmentProfile, now: number): boolean {
  return profile.treatmentAt !== null && Date.parse(profile.treatmentAt) <= now;
}

/** How the date field shows a stored treatment: "2026-12-07 14:00" in the person's zone (it reads back exactly). */
export function toInputText(iso: string | null, timeZone: string): string {
  if (iso === null || Number.isNaN(Date.parse(iso))) return '';
  const w = wallTime(Date.parse(iso), timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}`;
}

export type ParsedDateTime = { ok: true; iso: string } | { ok: false; problem: 'empty' | 'no-time' | 'invalid' };

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:t|\s+|,\s*)(.+))?$/i;
const SHORT_DATE = /^(\d{1,2})([./-])(\d{1,2})(?:\2(\d{4}|\d{2})?)?\.?(?:(?:\s+|,\s*)(.+))?$/;
const TIME = /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.|uhr|h)?$/i;

/**
 * A date and time as people type them: "7.12. 14:00", "7.12.2026 14:00", "2026-12-07 14:00",
 * "2026-12-07T14:00", "12/7 2pm" (the order of day and month with "/" or "-" follows the locale; with "."
 * the day comes first). Without a year, the date nearest to now is meant. Read in the person's zone.
 */
export function parseDateTime(text: string, clock: Clock): ParsedDateTime {
  const input = text.trim().replace(/\s+/g, ' ');
  if (input === '') return { ok: false, problem: 'empty' };
  const iso = ISO_DATE.exec(input);
  const short = iso ? null : SHORT_DATE.exec(input);
  if (!iso && !short) return { ok: false, problem: 'invalid' };
  let year: number | null;
  let month: number;
  let day: number;
  let timeText: string | undefined;
  if (iso) {
    [year, month, day, timeText] = [Number(iso[1]), Number(iso[2]), Number(iso[3]), iso[4]];
  } else {
    const [, a, separator, b, y, rest] = short as RegExpExecArray;
    const dayFirst = separator === '.' || localeDayFirst(clock.locale);
    [day, month] = dayFirst ? [Number(a), Number(b)] : [Number(b), Number(a)];
    year = y === undefined ? null : y.length === 2 ? 2000 + Number(y) : Number(y);
    timeText = rest;
  }
  if (timeText === undefined) return validDate(year ?? 2000, month, day) ? { ok: false, problem: 'no-time' } : { ok: false, problem: 'invalid' };
  const time = parseTime(timeText);
  if (!time) return { ok: false, problem: 'invalid' };
  const wall = { year: year ?? nearestYear(month, day, time, clock), month, day, ...time };
  if (!validDate(wall.year, month, day)) return { ok: false, problem: 'invalid' };
  return { ok: true, iso: new Date(zonedInstant(wall, clock.timeZone)).toISOString() };
}

function parseTime(text: string): { hour: number; minute: number } | null {
  const match = TIME.exec(text.trim());
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = match[2] === undefined ? 0 : Number(match[2]);
  const half = match[3]?.toLowerCase().replace(/\./g, '');
  if (half === 'am' || half === 'pm') {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === 'pm' ? 12 : 0);
  }
  return hour <= 23 && minute <= 59 ? { hour, minute } : null;
}

function validDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Of last year, this year and next year, the one that puts the date nearest to now. */
function nearestYear(month: number, day: number, time: Pick<WallTime, 'hour' | 'minute'>, clock: Clock): number {
  const thisYear = wallTime(clock.now, clock.timeZone).year;
  const distance = (year: number) => Math.abs(Date.UTC(year, month - 1, day, time.hour, time.minute) - clock.now);
  return [thisYear - 1, thisYear, thisYear + 1].reduce((best, year) => (distance(year) < distance(best) ? year : best));
}

/** Whether the locale writes the day before the month in numeric dates ("7/12" is 7 December in en-GB, 12 July in en-US). */
export function localeDayFirst(locale: string | undefined): boolean {
  const parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric' }).formatToParts(Date.UTC(2026, 11, 7));
  return parts.findIndex((p) => p.type === 'day') < parts.findIndex((p) => p.type === 'month');
}

/** 7 December, 14:00: the field's example as the person's locale writes it ("7.12. 14:00", "12/7 2:00 PM"). */
export function exampleInput(clock: Pick<Clock, 'locale'>): string {
  const at = Date.UTC(2026, 11, 7, 14, 0);
  const date = new Intl.DateTimeFormat(clock.locale, { day: 'numeric', month: 'numeric', timeZone: 'UTC' }).format(at);
  const time = new Intl.DateTimeFormat(clock.locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(at);
  return `${date} ${time}`;
}
