// Numbers, lists and durations as the person's language writes them, through Intl (CLDR): "2,000" / "2.000" /
// "2 000"; "Retinol, Parfum and Linalool" / "Retinol, Parfum und Linalool"; "6 hours" / "6 Stunden" / "6 godzin",
// with each language's own plural forms (Polish has three). Locale files never hold a number's word or a list's
// "and": a sentence takes the finished piece as a placeholder.

const NBSP = '\u00a0';

const formatters = new Map<string, unknown>();

/** Intl formatters are costly to build and a page formats dozens of values: one per (kind, locale, options). */
export function cached<F>(kind: string, locale: string | undefined, options: object, make: () => F): F {
  const key = `${kind}|${locale ?? ''}|${JSON.stringify(options)}`;
  let format = formatters.get(key) as F | undefined;
  if (!format) {
    format = make();
    formatters.set(key, format);
  }
  return format;
}

function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached('number', locale, options, () => new Intl.NumberFormat(locale, options));
}

/** Spaces inside one date, duration or quantity never break a line ("Mon 7 Dec, 14:00", "6 hours", "in 5 days"). */
export function unbreakable(text: string): string {
  return text.replace(/ /g, NBSP);
}

/** A count or a number inside a sentence: "2,000" (en), "2.000" (de), "2 000" (fr), "2000" (es, pl: four digits stay whole). */
export function formatNumber(value: number, locale: string | undefined): string {
  return numberFormat(locale).format(value);
}

/** Names in a sentence, joined as the language joins them: "A, B and C" / "A, B et C" / "A, B i C". */
export function formatList(items: readonly string[], locale: string | undefined): string {
  return cached('list', locale, {}, () => new Intl.ListFormat(locale, { type: 'conjunction' })).format(items);
}

/** "7 days" / "48 hours" with the language's own plural: whole days from 72 hours on. */
export function formatDuration(hours: number, locale: string | undefined): string {
  const days = hours >= 72 && hours % 24 === 0;
  return unbreakable(numberFormat(locale, { style: 'unit', unit: days ? 'day' : 'hour', unitDisplay: 'long' }).format(days ? hours / 24 : hours));
}

/** A file size limit in megabytes: "5 MB" (en, de), "5 Mo" (fr). */
export function formatMegabytes(megabytes: number, locale: string | undefined): string {
  return unbreakable(numberFormat(locale, { style: 'unit', unit: 'megabyte', unitDisplay: 'short' }).format(megabytes));
}

/** The word for a unit after a count the person types: "week" after 1, "weeks" after 4; "tygodnie" after 4, "tygodni" after 5. */
export function unitWord(count: number, unit: 'day' | 'week', locale: string | undefined): string {
  const parts = numberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).formatToParts(count);
  return parts.find((part) => part.type === 'unit')?.value ?? '';
}
