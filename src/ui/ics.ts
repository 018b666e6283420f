// A small iCalendar (RFC 5545) writer for the plan's calendar export: timed events in UTC ("…Z", so every
// calendar shows them in its own zone), CRLF lines folded at 75 octets, text escaped (§3.3.11). Tested by
// parsing the output back with ical.js.

export interface CalendarEvent {
  /** Stable across exports: the same session or product gives the same UID, so a calendar updates it. */
  uid: string;
  start: number;
  /** The end; none for a moment (an event without DTEND ends when it starts, §3.6.1). */
  end?: number;
  summary: string;
  description?: string;
}

export function calendarText(events: readonly CalendarEvent[], name: string, stamp: number): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Needle Safe//Treatment plan//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...events.flatMap((event) => [
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${utc(stamp)}`,
      `DTSTART:${utc(event.start)}`,
      ...(event.end === undefined ? [] : [`DTEND:${utc(event.end)}`]),
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** 20261208T090000Z */
export function utc(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Escaped as §3.3.11 asks, without the screen's word joiners ("0,5–2,5 mm" kept on one line): a calendar wraps its own way. */
function escapeText(text: string): string {
  return text
    .replace(/\u2060/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets continue on the next line after a space, never inside a UTF-8 character. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
