import { cached, unbreakable } from './format.ts';

// Time as people count it: calendar days in the person's time zone, never 24-hour blocks. Every
// function takes the time zone explicitly (pages pass the browser's, localTimeZone()), so the tests
// pin the edges — late evening, a daylight-saving change, another zone — whatever the machine's zone.

/** Where and when the person is: what every date, time and "in N days" is worded for. */
export interface Clock {
  now: number;
  /** A BCP 47 locale ("de", "en-GB"); undefined = the runtime's. */
  locale?: string;
  /** An IANA time zone ("Europe/Berlin"). */
  timeZone: string;
}

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const DAY_MS = 86_400_000;

/** The browser's (or Node's) own time zone. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The page's clock: now, the browser's language and time zone. */
export function localClock(locale?: string): Clock {
  return { now: Date.now(), locale, timeZone: localTimeZone() };
}

function formatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

/** "14:00" and "09:05" on a 24-hour clock, "9:05 AM" (not "09:05 AM") on a 12-hour one. */
function hourStyle(locale: string | undefined): 'numeric' | '2-digit' {
  const cycle = formatter(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  return cycle === 'h11' || cycle === 'h12' ? 'numeric' : '2-digit';
}

/** The date and clock time an instant shows in a time zone. */
export function wallTime(ms: number, timeZone: string): WallTime {
  const numeric = { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' } as const;
  const wall: WallTime = { year: 0, month: 0, day: 0, hour: 0, minute: 0 };
  for (const part of formatter('en-US', { ...numeric, hourCycle: 'h23', timeZone }).formatToParts(ms)) {
    if (part.type in wall) wall[part.type as keyof WallTime] = Number(part.value);
  }
  return wall;
}

/** The calendar date of an instant in a time zone, as days since 1970-01-01: differences count midnights. */
export function dayNumber(ms: number, timeZone: string): number {
  const { year, month, day } = wallTime(ms, timeZone);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** How many midnights lie between two instants in a time zone (0 = the same day, 1 = the next day …). */
export function calendarDays(from: number, to: number, timeZone: string): number {
  return dayNumber(to, timeZone) - dayNumber(from, timeZone);
}

/**
 * The instant a wall-clock time names in a time zone. A time skipped by a daylight-saving change
 * (02:30 on a spring-forward night) moves forward by the gap; a repeated one (a fall-back night) is
 * one of its two occurrences.
 */
export function zonedInstant(wall: WallTime, timeZone: string): number {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  const first = asUtc - offset(asUtc, timeZone);
  const second = asUtc - offset(first, timeZone);
  if (sameWall(wallTime(second, timeZone), wall)) return second;
  if (sameWall(wallTime(first, timeZone), wall)) return first;
  // Neither shows that time: it falls in a gap, and the later candidate lies just after it.
  return Math.max(first, second);
}

/** The instant a calendar date (a dayNumber) begins in a time zone. */
export function startOfDay(day: number, timeZone: string): number {
  const date = new Date(day * DAY_MS);
  return zonedInstant({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour: 0, minute: 0 }, timeZone);
}

function offset(ms: number, timeZone: string): number {
  const w = wallTime(ms, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) - Math.floor(ms / 60_000) * 60_000;
}

function sameWall(a: WallTime, b: WallTime): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute;
}

/** "Mon 7 Dec, 14:00" (en-GB) / "Mo., 7. Dez., 14:00" (de); with the year for exports and history. */
export function formatDateTime(ms: number, clock: Pick<Clock, 'locale' | 'timeZone'>, withYear = false): string {
  const options: Intl.DateTimeFormatOptions = {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: hourStyle(clock.locale),
    minute: '2-digit',
    timeZone: clock.timeZone,
    ...(withYear ? { year: 'numeric' } : {}),
  };
  return unbreakable(formatter(clock.locale, options).format(ms));
}

/** "Mon 7" — a day column's date (the timeline spans two weeks: the month is in the dates around it). */
export function formatDay(ms: number, clock: Pick<Clock, 'locale' | 'timeZone'>): string {
  return unbreakable(formatter(clock.locale, { weekday: 'short', day: 'numeric', timeZone: clock.timeZone }).format(ms));
}

/** "14:00" / "2:00 PM". */
export function formatTime(ms: number, clock: Pick<Clock, 'locale' | 'timeZone'>): string {
  return unbreakable(formatter(clock.locale, { hour: hourStyle(clock.locale), minute: '2-digit', timeZone: clock.timeZone }).format(ms));
}

/**
 * How far off a moment is, the way people say it: calendar days from tomorrow on ("tomorrow", "in 5
 * days": midnights in the person's zone, not 24-hour blocks), hours and minutes within today, rounded up.
 */
export function formatDistance(to: number, clock: Clock): string {
  const relative = cached('relative', clock.locale, {}, () => new Intl.RelativeTimeFormat(clock.locale, { numeric: 'auto' }));
  const days = calendarDays(clock.now, to, clock.timeZone);
  if (days >= 1) return unbreakable(relative.format(days, 'day'));
  const minutes = Math.max(1, Math.ceil((to - clock.now) / 60_000));
  return unbreakable(minutes < 60 ? relative.format(minutes, 'minute') : relative.format(Math.ceil(minutes / 60), 'hour'));
}

/** The same wall-clock time `days` calendar days later in a time zone (a series' next date, across DST changes). */
export function addCalendarDays(iso: string, days: number, timeZone: string): string {
  const wall = wallTime(Date.parse(iso), timeZone);
  const date = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + days));
  const moved = { ...wall, year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  return new Date(zonedInstant(moved, timeZone)).toISOString();
}
