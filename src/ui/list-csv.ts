import { i18n } from '#i18n';
import { displayName } from '../list/display-name.ts';
import type { SavedProduct } from '../list/model.ts';
import { toCsv } from '../list/transfer.ts';
import { flaggedIngredients } from '../score/flagged.ts';
import { okFromTime } from '../score/score.ts';
import { formatDateTime, type Clock } from '../wording/calendar.ts';
import { formatList, formatNumber } from '../wording/format.ts';
import { productState, type NextSession } from '../wording/product-state.ts';
import { stateWords } from '../wording/state-text.ts';

// The saved list as a spreadsheet for people (and their practitioner): headers in their language,
// the state in the popup's words, dates and times in their locale and time zone, and the column separator
// their spreadsheet expects. The JSON export stays exact (ISO times) for import; this one is for reading.

export function listCsv(list: SavedProduct[], treatmentAt: string | null, clock: Clock, next: NextSession | null = null): string {
  const header = ['name', 'brand', 'variant', 'state', 'details', 'okFrom', 'flagged', 'savedAt', 'note', 'address'] as const;
  const when = (iso: string | null) => (iso === null ? '' : plain(formatDateTime(Date.parse(iso), clock, true)));
  const rows = list.map((p) => {
    const words = stateWords(productState(p.analysis, treatmentAt, clock.now, next), clock);
    return [
      p.title ?? displayName(p),
      p.brand ?? '',
      p.variant ?? '',
      words.word,
      plain(words.note || words.line),
      when(okFromTime(treatmentAt, p.analysis.okAfterHours)),
      formatList(
        flaggedIngredients(p.analysis).map((i) => i.inci ?? i.text),
        clock.locale,
      ),
      when(p.savedAt),
      p.note,
      p.url,
    ];
  });
  return toCsv([header.map((column) => i18n.t(`csv.${column}`)), ...rows], columnSeparator(clock.locale));
}

/**
 * Where the locale writes a decimal comma (de, fr, es, it, nl, pl, sv), spreadsheets set to it (Excel takes the
 * system's list separator, LibreOffice and Numbers follow the locale) split a CSV file's columns at ';', not ','.
 */
export function columnSeparator(locale: string | undefined): ',' | ';' {
  return formatNumber(1.5, locale).includes(',') ? ';' : ',';
}

/** A spreadsheet searches and wraps plain spaces: the screen's non-breaking ones are not needed there. */
function plain(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}
