import { i18n } from '#i18n';
import type { Doubt } from '../score/types.ts';
import { formatDateTime, formatDistance, formatTime, type Clock } from './calendar.ts';
import { formatDuration, formatList, formatNumber } from './format.ts';
import type { DayCell, ProductState, Readiness, SessionPlan } from './product-state.ts';

// The words of a state (product-state.ts), its waits and its doubts, written once for every place that
// shows them: the popup's chip and sentence, the badge's tooltip, the marks' tooltip on the page, the
// timeline and the CSV.
// Whole sentences with placeholders (never pieces glued in English word order); dates, distances,
// durations, counts and lists through Intl in the person's locale and time zone (calendar.ts, format.ts).

export interface StateWords {
  /** The chip: "Not yet", "OK now", "Ask first", "Could not judge", "Not for you". */
  word: string;
  /** The sentence beside it: "OK from Mon 7 Dec, 14:00 (in 5 days)". */
  line: string;
  /** Small print: "was: avoid until Sun 29 Nov, 11:30"; '' when there is none. */
  note: string;
}

export function stateWords(state: ProductState, clock: Clock): StateWords {
  switch (state.kind) {
    case 'unknown':
      return { word: i18n.t('state.unknown'), line: unknownLine(state, clock), note: '' };
    case 'own-list':
      return { word: i18n.t('state.notForYou'), line: i18n.t('state.ownListLine'), note: '' };
    case 'ask':
      return { word: i18n.t('state.ask'), line: i18n.t('state.askLine'), note: '' };
    case 'ok-now':
      return state.was
        ? {
            word: i18n.t('state.okNow'),
            line: i18n.t('state.waitOver'),
            note: i18n.t(`state.was.${state.was.verdict}`, [formatDateTime(Date.parse(state.was.until), clock)]),
          }
        : { word: i18n.t('state.okNow'), line: i18n.t('state.nothingToWait'), note: '' };
    case 'not-yet':
      return state.verdict === 'avoid'
        ? { word: i18n.t('state.notYet'), line: okFromLine(state.okFrom, clock), note: '' }
        : { word: i18n.t('state.ask'), line: i18n.t('state.askOrWait', dateAndDistance(state.okFrom, clock)), note: '' };
    case 'wait-after':
      return state.verdict === 'avoid'
        ? { word: i18n.t('state.notYet'), line: i18n.t('state.okAfter', [formatDuration(state.hours, clock.locale)]), note: '' }
        : { word: i18n.t('state.ask'), line: i18n.t('state.askOrWaitAfter', [formatDuration(state.hours, clock.locale)]), note: '' };
    case 'first-hours':
      return {
        // Without a date nothing is being waited out: the product is suitable, its line says from when.
        word: state.okFrom === null ? i18n.t('verdict.suitable') : i18n.t('state.notYet'),
        line: state.okFrom === null ? i18n.t('state.okAfter', [formatDuration(state.hours, clock.locale)]) : okFromLine(state.okFrom, clock),
        note: '',
      };
    case 'paused':
      return {
        word: i18n.t('state.paused'),
        line: i18n.t('state.pausedLine', [formatDuration(state.hours, clock.locale), formatDateTime(Date.parse(state.session), clock)]),
        note: state.resumeAt === null ? '' : i18n.t('state.pausedNote', [formatDateTime(Date.parse(state.resumeAt), clock)]),
      };
  }
}

/**
 * Before the next session: "Stop using this from Thu 3 Dec, 10:00 — 5 days before your session on Tue 8 Dec,
 * 10:00", or that nothing needs a pause (come with clean skin); and "After it: OK again from …" ('' on the own list).
 */
export function planWords(plan: SessionPlan, clock: Clock): { pause: string; after: string } {
  const session = formatDateTime(Date.parse(plan.session), clock);
  const pause =
    plan.pauseHours === 0
      ? i18n.t('plan.noPause', [session])
      : i18n.t('plan.pauseFrom', [formatDateTime(Date.parse(plan.pauseFrom), clock), formatDuration(plan.pauseHours, clock.locale), session]);
  return { pause, after: plan.resumeAt === null ? '' : i18n.t('plan.after', [formatDateTime(Date.parse(plan.resumeAt), clock)]) };
}

/**
 * The toolbar tooltip: the chip and the sentence as the popup shows them, then the names that decide
 * it ("retinol and parfum", as decidingNames gives them, the first few) or the wait that has ended.
 */
export function stateTooltip(state: ProductState, names: readonly string[], clock: Clock): string {
  const { word, line, note } = stateWords(state, clock);
  if (note) return i18n.t('tooltip.note', [word, line, note]);
  if (names.length === 0 || state.kind === 'unknown' || state.kind === 'ok-now' || state.kind === 'first-hours') return i18n.t('tooltip.plain', [word, line]);
  return i18n.t('tooltip.because', [word, line, listOf(names, clock)]);
}

/** One flagged name's or class group's time: "OK from Mon 7 Dec, 14:00 (in 5 days)", "OK now". */
export function readinessText(ready: Readiness, clock: Clock): string {
  switch (ready.kind) {
    case 'ok-now':
      return i18n.t('state.okNow');
    case 'ok-from':
      return okFromLine(ready.at, clock);
    case 'after':
      return i18n.t('state.okAfter', [formatDuration(ready.hours, clock.locale)]);
    case 'never':
      return i18n.t('state.notForYou');
  }
}

/** A timeline cell in words, for its title and for screen readers: "usable", "from 14:00", "not yet". */
export function cellText(cell: DayCell, clock: Clock): string {
  if (cell.kind === 'from') return i18n.t('timeline.from', [formatTime(cell.at, clock)]);
  if (cell.kind === 'until') return i18n.t('timeline.until', [formatTime(cell.at, clock)]);
  return cell.kind === 'yes' ? i18n.t('timeline.usable') : i18n.t('timeline.notYet');
}

/** "Contains: Retinoid, Fragrance and Drying alcohol": what decides, listed in the person's language. */
export function becauseText(labels: string[], clock: Clock): string {
  return labels.length === 0 ? '' : i18n.t('state.because', [listOf(labels, clock)]);
}

/** "retinol, parfum and 2 more" — at most `max` names, the rest counted. */
export function listOf(names: readonly string[], clock: Pick<Clock, 'locale'>, max = 4): string {
  if (names.length <= max) return formatList(names, clock.locale);
  const rest = names.length - max + 1;
  return formatList([...names.slice(0, max - 1), i18n.t('state.more', rest, [formatNumber(rest, clock.locale)])], clock.locale);
}

/** What is uncertain, and what the person can do about it: one sentence per doubt. */
export function doubtText(doubt: Doubt): string {
  switch (doubt.kind) {
    case 'reading':
      if (doubt.reason === 'ambiguous') return i18n.t('doubt.ambiguous');
      return doubt.reason === 'component-unread' ? i18n.t('doubt.componentUnread') : i18n.t('doubt.partial');
    case 'unknown-active':
      return i18n.t('doubt.unknownActive', [doubt.text]);
    case 'near-risky':
      return i18n.t('doubt.nearRisky', [doubt.text, doubt.near]);
  }
}

function okFromLine(okFrom: string, clock: Clock): string {
  return i18n.t('state.okFrom', dateAndDistance(okFrom, clock));
}

function dateAndDistance(iso: string, clock: Clock): [string, string] {
  const at = Date.parse(iso);
  return [formatDateTime(at, clock), formatDistance(at, clock)];
}

function unknownLine(state: Extract<ProductState, { kind: 'unknown' }>, clock: Clock): string {
  if (state.reason === 'no-list') return i18n.t('state.noList');
  if (state.reason === 'truncated') return i18n.t('state.truncated');
  if (state.doubt) return doubtText(state.doubt);
  return i18n.t('state.lowCoverage', [formatNumber(state.recognised, clock.locale), formatNumber(state.total, clock.locale)]);
}
