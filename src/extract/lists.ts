import { inciLikeness, splitTopLevel } from '../inci/likeness.ts';
import { DRUG_FACTS_LINE, KEY_LABEL, LIST_LABEL, LIST_LABEL_PREFIX, MAY_CONTAIN_LINE } from './labels.ts';
import type { ComponentText } from './types.ts';

/** Below this a line is prose (blurb, review, directions, disclaimer), not a list. */
export const LIST_THRESHOLD = 0.45;
/** A list this long is the full list even inside a "Key ingredients" section. */
const FULL_LIST_TOKENS = 8;

type Line =
  | { kind: 'list'; text: string; name: string | null; drugFacts: boolean; mayContain: boolean }
  | { kind: 'header'; name: string }
  | { kind: 'label' | 'key' | 'other' | 'blank' };

interface Group {
  name: string | null;
  lines: string[];
  key: boolean;
  drugFacts: boolean;
}

export interface ListPick {
  components: ComponentText[];
  /** inciLikeness of everything picked; 0 when nothing was. */
  quality: number;
}

/** Lines ending in a comma continue on the next line (a `<br>` in the middle of a list). */
function joinContinuations(lines: string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const last = joined.at(-1);
    if (last !== undefined && last.endsWith(',') && line !== '') joined[joined.length - 1] = `${last} ${line}`;
    else joined.push(line);
  }
  return joined;
}

function isList(text: string): boolean {
  return inciLikeness(text) >= LIST_THRESHOLD;
}

function listLine(text: string, name: string | null): Line {
  return { kind: 'list', text, name, drugFacts: false, mayContain: false };
}

function classify(line: string, next: string | undefined): Line {
  if (line === '') return { kind: 'blank' };
  if (LIST_LABEL.test(line)) return { kind: 'label' };
  const drugFacts = DRUG_FACTS_LINE.test(line);
  if (drugFacts || MAY_CONTAIN_LINE.test(line)) return { kind: 'list', text: line, name: null, drugFacts, mayContain: !drugFacts };
  if (KEY_LABEL.test(line.split(/[:：]/)[0] ?? '')) return { kind: 'key' };
  const labelled = LIST_LABEL_PREFIX.exec(line);
  if (labelled) {
    const rest = line.slice(labelled[0].length);
    return isList(rest) ? listLine(rest, null) : { kind: 'other' };
  }
  // "Eye Cream: Aqua, …", "Lip Liner:" above its list, "[Refill] Aqua, …" (Korean shops).
  const named = /^([^:：,[\]]{1,60})[:：]\s*(.*)$/.exec(line) ?? /^\[([^\]]{1,40})\]\s*(.+)$/.exec(line);
  if (named) {
    const [, name = '', rest = ''] = named;
    if (rest === '') return { kind: 'header', name: name.trim() };
    return isList(rest) ? listLine(rest, name.trim()) : { kind: 'other' };
  }
  if (isList(line)) return listLine(line, null);
  // "Cleansing Oil<br>Aqua, …": a short title line right above a list names it.
  const short = line.length <= 40 && line.split(' ').length <= 6 && !/[.,!?]$/.test(line);
  if (short && next !== undefined && next !== '' && !LIST_LABEL.test(next) && isList(next)) return { kind: 'header', name: line };
  return { kind: 'other' };
}

function buildGroups(lines: string[]): Group[] {
  const groups: Group[] = [];
  let current: Group | null = null;
  let pendingName: string | null = null;
  let inKeySection = false;
  let afterBlank = false;
  lines.forEach((text, index) => {
    const line = classify(text, lines[index + 1]);
    if (line.kind === 'blank') {
      afterBlank = true;
      return;
    }
    const blankBefore = afterBlank;
    afterBlank = false;
    if (line.kind === 'list') {
      if (inKeySection && splitTopLevel(line.text).length >= FULL_LIST_TOKENS) inKeySection = false;
      const continues =
        current !== null &&
        line.name === null &&
        (!blankBefore || line.mayContain || (line.drugFacts && current.drugFacts));
      if (continues && current) {
        current.lines.push(line.text);
        current.drugFacts ||= line.drugFacts;
      } else if (!line.mayContain) {
        current = { name: line.name ?? pendingName, lines: [line.text], key: inKeySection, drugFacts: line.drugFacts };
        groups.push(current);
        pendingName = null;
      }
    } else if (line.kind === 'header') {
      inKeySection = false;
      pendingName = line.name;
      current = null;
    } else {
      current = null;
      if (line.kind === 'key') inKeySection = true;
      else if (line.kind === 'label') inKeySection = false;
      else pendingName = null;
    }
  });
  return groups;
}

function tokenCount(group: Group): number {
  return group.lines.reduce((sum, line) => sum + splitTopLevel(line).length, 0);
}

/** Strips drug-facts and may-contain labels so the whole pick can be scored as one list. */
function scoringText(components: ComponentText[]): string {
  return components
    .map((component) => component.text.replace(/^[^:：\n]*[:：]/gm, ''))
    .join(', ');
}

/**
 * Picks the ingredient list(s) out of a panel's text: named components (kit parts, shades)
 * when the panel has them, else the longest list that is not a "key ingredients" pick.
 */
export function pickLists(text: string): ListPick {
  const groups = buildGroups(joinContinuations(text.split('\n')));
  const named = groups.filter((group) => group.name !== null && !group.key);
  let chosen: Group[];
  if (named.length > 0) chosen = named;
  else {
    const full = groups.filter((group) => !group.key);
    const longest = full.reduce<Group | null>((best, group) => (best && tokenCount(best) >= tokenCount(group) ? best : group), null);
    chosen = longest ? [longest] : [];
  }
  const components = chosen.map((group) => ({ name: group.name, text: group.lines.join('\n') }));
  return { components, quality: components.length > 0 ? inciLikeness(scoringText(components)) : 0 };
}
