/**
 * Label text → ingredients per component. Pure and total: any string gives a ParsedLabel.
 * The text is cut into pieces (split.ts), then read left to right by a small state machine that knows
 * headings, drug-facts blocks, marketing bullets, kit components and "may contain" blocks.
 */
import { DRUG_PURPOSE, readItem, tidy, withoutLegend, type NameDraft } from './item.ts';
import {
  classifyLabel,
  componentOfHeading,
  isDisclaimer,
  isProse,
  markMayContain,
  splitLeadingHeading,
  splitTrailingHeading,
  type LabelKind,
} from './labels.ts';
import { normalizeName } from './normalize.ts';
import { matchBrackets, splitPieces, splitTopLevel, type Piece } from './split.ts';
import { cleanLabelText } from './text.ts';
import { FOOTNOTE_MARKS, LEGEND, saysFragrance, STARTS_WITH_FOOTNOTE } from './vocabulary.ts';
import type { Component, Ingredient, ParsedLabel } from './types.ts';

export { splitTopLevel } from './split.ts';

export const LIMITS = { characters: 100_000, components: 20, ingredientsPerComponent: 500 } as const;
/** Labels (`Cleanser:`) read per piece; a hostile `a:a:a:…` costs no more than this. */
const MAX_LABELS_PER_PIECE = 20;
/** How far a marketing bullet's label may run over commas: `-Avobenzone 3%, Octisalate 5%: …`. */
const MAX_BULLET_LABEL_PIECES = 6;
/** Pieces looked at to tell a list from a sentence after a colon. */
const LOOKAHEAD = 12;

interface Draft extends NameDraft {
  mayContain: boolean;
  declaredActive: boolean;
}

interface Builder {
  name: string | null;
  items: Draft[];
  /** Declared apart from the list (drug facts, marketing bullets with a percentage). */
  actives: Draft[];
  /** The items so far came under "Key ingredients:", a marketing excerpt of the real list. */
  underMarketingHeading: boolean;
}

type Section = 'list' | 'active' | 'skip';

const BULLET = /^[-–—‐]\s*(?=[\p{L}\p{N}])/u;
const INNER_BULLET = /\s[-–—]\s*(?=[\p{L}\p{N}])/gu;
const HEADING_INSIDE = /(?:^|\s)((?:(?:inactive|active|other)\s+)?ingredients?\s*:)/i;
const PURPOSE_WORDS = new RegExp(String.raw`^(?:[)\]\s]*)(?:${DRUG_PURPOSE}\b\s*)+`, 'i');
/** A numbered footnote legend entry after the list: `[1] Hydrator (Humectant)`, `(2) Emollient`. */
const NUMBERED_LEGEND = /^[[(]\d{1,2}[\])]\s*\p{L}/u;
/** A footnote legend behind a plain number: `1 erhalten aus natürlichen ätherischen Ölen`. */
const NUMBER_THEN_WORD = /^\d{1,2}\s?\p{L}/u;
const PERCENT_SIGN = /(\d{1,3}(?:[.,]\d+)?)\s*%/g;
const HAS_PERCENT = /\d\s*%/;
const LETTER = /\p{L}/u;

/** What follows a colon: the list itself, the list after one sentence, or prose. */
type Continuation = 'list' | 'listAfterFirst' | 'prose';

class LabelReader {
  private readonly components: Builder[] = [];
  private current: Builder = this.newBuilder(null);
  private section: Section = 'list';
  private mayContain = false;
  private skipSentence = false;
  private stopped = false;
  private readonly pieces: Piece[];
  /** Line breaks separate items or name kit parts; a one-line text has neither. */
  private readonly multiline: boolean;
  truncated = false;

  constructor(pieces: Piece[], multiline: boolean) {
    this.pieces = pieces;
    this.multiline = multiline;
    this.components.push(this.current);
  }

  read(): Component[] {
    for (let i = 0; i < this.pieces.length && !this.stopped; i++) {
      const piece = this.pieces[i];
      if (!piece) continue;
      if (piece.brk !== 'comma') this.skipSentence = false;
      if (piece.brk === 'marker') {
        this.mayContain = true;
        if (this.section === 'skip') this.section = 'list';
      }
      // "Active ingredient: Zinc Oxide 20%" then, on the next line, the list with no "Inactive" heading.
      if (piece.brk === 'line' && this.section === 'active' && this.listFollows(i)) this.section = 'list';
      i = this.readPiece(piece.text, piece.brk !== 'comma', i);
    }
    const filled = this.components.filter((builder) => builder.items.length + builder.actives.length > 0);
    return filled.map((builder, index) => {
      const { component, cut } = finish(builder, index);
      if (cut) this.truncated = true;
      return component;
    });
  }

  private newBuilder(name: string | null): Builder {
    return { name, items: [], actives: [], underMarketingHeading: false };
  }

  /** Reads one piece; returns the index of the last piece consumed. */
  private readPiece(source: string, atSentenceStart: boolean, index: number): number {
    let text = source;
    let fresh = atSentenceStart;
    for (let labels = 0; text !== '' && labels <= MAX_LABELS_PER_PIECE; labels++) {
      if (fresh && BULLET.test(text) && this.section !== 'skip') return this.readBullets(text, index);
      const leading = fresh ? splitLeadingHeading(text) : null;
      if (leading) {
        this.enterHeading(classifyLabel(leading.heading), leading.heading);
        text = leading.rest;
        continue;
      }
      const colon = labelAndRest(text);
      if (!colon) break;
      const next = this.readLabel(colon.label, colon.rest, fresh, index);
      if (next === null) return index;
      text = next;
      fresh = true;
    }
    if (fresh && this.isLineHeading(text, index)) {
      this.startComponent(tidy(text));
      return index;
    }
    this.readItemText(text);
    return index;
  }

  /** A `label: rest` piece. Returns the text still to read, or null when the rest is dropped. */
  private readLabel(label: string, rest: string, fresh: boolean, index: number): string | null {
    const trailing = splitTrailingHeading(label);
    if (trailing) {
      this.readItemText(trailing.before);
      this.enterHeading(classifyLabel(trailing.heading), trailing.heading);
      return rest;
    }
    const kind = classifyLabel(label);
    if (kind !== 'other' && kind !== 'prose') {
      this.enterHeading(kind, label);
      return rest;
    }
    if (this.section === 'skip') return null;
    const named = componentOfHeading(label);
    if (named) {
      this.startComponent(named);
      return rest;
    }
    if (kind === 'prose') {
      this.skipSentence = true;
      return null;
    }
    if (HAS_PERCENT.test(label)) {
      this.declareActives([label]);
      return this.afterDescription(rest, index, 'bullet');
    }
    const continuation = this.continuation(rest, index, 'label');
    if (continuation === 'prose') {
      this.skipSentence = true;
      return null;
    }
    if (fresh) this.startComponent(label);
    return continuation === 'list' ? rest : null;
  }

  private enterHeading(kind: LabelKind, heading: string): void {
    this.skipSentence = false;
    if (kind === 'active') this.section = 'active';
    else if (kind === 'skip') this.section = 'skip';
    else if (kind === 'inactive') {
      this.section = 'list';
      for (const item of this.current.items) if (item.percent !== null) item.declaredActive = true;
    } else if (kind === 'marketing') {
      this.section = 'list';
      this.current.underMarketingHeading = true;
    } else if (kind === 'list') {
      this.section = 'list';
      if (this.current.underMarketingHeading) this.current.items = [];
      else if (this.current.items.length > 0 && /^ingr/i.test(heading)) this.startComponent(null);
      this.current.underMarketingHeading = false;
    }
  }

  private startComponent(name: string | null): void {
    this.section = 'list';
    this.mayContain = false;
    if (this.current.items.length === 0) {
      this.current.name = name;
      return;
    }
    if (this.components.length >= LIMITS.components) {
      this.truncated = true;
      this.stopped = true;
      return;
    }
    this.current = this.newBuilder(name);
    this.components.push(this.current);
  }

  /** A line by itself (no colon) naming the list on the next line: a shade or kit part. */
  private isLineHeading(text: string, index: number): boolean {
    const next = this.pieces[index + 1];
    if (!this.multiline || next?.brk !== 'line' || text.split(' ').length > 8 || isProse(text)) return false;
    if (this.section === 'active' || HAS_PERCENT.test(text)) return false; // an active, not a product's name
    let listLength = 1;
    while (this.pieces[index + 1 + listLength]?.brk === 'comma') listLength++;
    return listLength >= 3;
  }

  /** Three or more items without a percentage from piece `index` on: a list, not actives. */
  private listFollows(index: number): boolean {
    let length = 0;
    for (let j = index; this.pieces[j] && (j === index || this.pieces[j]?.brk === 'comma'); j++) {
      if (HAS_PERCENT.test(this.pieces[j]?.text ?? '')) return false;
      length++;
    }
    return length >= 3;
  }

  /** Marketing bullets: `-Key ingredient: benefit.`, `-Avobenzone 3% -Octinoxate 7.5% Water, …`. */
  private readBullets(text: string, index: number): number {
    const bullets = splitBullets(text);
    const last = bullets.pop() ?? '';
    for (const bullet of bullets) {
      const colon = labelAndRest(bullet);
      this.declareActives([colon ? colon.label : bullet]);
    }
    const colon = labelAndRest(last);
    if (colon) {
      this.declareActives([colon.label]);
      return this.consumeAfter(this.afterDescription(colon.rest, index, 'bullet'), index);
    }
    // The label may run over commas up to its colon: `-Avobenzone 3%, Homosalate 10%: Sunscreen.`
    for (let j = index + 1; j <= index + MAX_BULLET_LABEL_PIECES; j++) {
      const piece = this.pieces[j];
      if (piece?.brk !== 'comma') break;
      const later = labelAndRest(piece.text);
      if (!later) continue;
      this.declareActives([last, ...this.pieces.slice(index + 1, j).map((p) => p.text), later.label]);
      return this.consumeAfter(this.afterDescription(later.rest, j, 'bullet'), j);
    }
    const active = /^(.*?\d\s*%\s*\)?)\s*(.*)$/su.exec(last);
    if (active?.[1] && /\p{L}/u.test(active[1].replace(/\d\s*%.*$/s, ''))) {
      this.declareActives([active[1]]);
      this.readItemText(active[2] ?? '');
    } else if (this.multiline || this.pieces[index + 1]?.brk === 'comma') this.readItemText(last);
    return index;
  }

  private consumeAfter(rest: string | null, index: number): number {
    return rest === null ? index : this.readPiece(rest, true, index);
  }

  /** The text after a label or bullet's colon: a heading inside it, a list, or a description to skip. */
  private afterDescription(rest: string, index: number, kind: 'bullet' | 'label'): string | null {
    const heading = HEADING_INSIDE.exec(rest);
    if (heading && heading.index > 0) return rest.slice(heading.index).trim();
    const continuation = this.continuation(rest, index, kind);
    if (continuation === 'prose') this.skipSentence = true;
    return continuation === 'list' ? rest : null;
  }

  private continuation(first: string, index: number, kind: 'bullet' | 'label'): Continuation {
    const run: string[] = first.trim() === '' ? [] : [first];
    let j = index + 1;
    if (run.length === 0 && this.pieces[j]) run.push(this.pieces[j++]?.text ?? '');
    while (run.length < LOOKAHEAD && this.pieces[j]?.brk === 'comma') run.push(this.pieces[j++]?.text ?? '');
    const [head = '', ...tail] = run.map((piece) => isProse(piece) || isDisclaimer(piece));
    const proseInTail = tail.filter(Boolean).length;
    if (run.length >= 6 && proseInTail <= 1) return head ? 'listAfterFirst' : 'list';
    return kind === 'label' && !head && run.length > 0 ? 'list' : 'prose';
  }

  private declareActives(labelParts: string[]): void {
    for (const part of labelParts.flatMap((label) => splitTopLevel(label, ',')).flatMap(splitAtAnd)) {
      if (!HAS_PERCENT.test(part)) continue;
      for (const draft of readItem(part.replace(BULLET, '')).drafts) this.current.actives.push(mark(draft, false, true));
    }
  }

  /** An ordinary piece: an ingredient of the current section, or nothing. */
  private readItemText(raw: string): void {
    // A legend after the last name ("Phenoxyethanol *Certified organic") is no reason to drop the name.
    const text = withoutLegend(raw.trim());
    if (text === '' || this.section === 'skip' || this.skipSentence) return;
    if (NUMBERED_LEGEND.test(text)) {
      // The legend explains marks on names read before it; what follows is legend too.
      if (this.current.items.length > 0) this.section = 'skip';
      return;
    }
    if (STARTS_WITH_FOOTNOTE.test(text) || (NUMBER_THEN_WORD.test(text) && LEGEND.test(text))) return;
    if (isDisclaimer(text) || (isProse(text) && !saysFragrance(text))) return;
    if (this.section === 'active') {
      for (const draft of readActives(text)) this.current.actives.push(mark(draft, false, true));
      return;
    }
    const reading = readItem(text);
    if (reading.truncated) this.truncated = true;
    for (const draft of reading.drafts) {
      if (this.current.items.length >= LIMITS.ingredientsPerComponent) {
        this.truncated = true;
        return;
      }
      this.current.items.push(mark(draft, this.mayContain, false));
    }
  }
}

function mark(draft: NameDraft, mayContain: boolean, declaredActive: boolean): Draft {
  return { ...draft, mayContain, declaredActive };
}

/** `label: rest` at the first top-level colon within reach, or null. */
function labelAndRest(text: string): { label: string; rest: string } | null {
  const [label, ...rest] = splitTopLevel(text.slice(0, 400), ':');
  if (rest.length === 0 || label === undefined) return null;
  const cleanLabel = tidy(label.replace(FOOTNOTE_MARKS, ''));
  if (!LETTER.test(cleanLabel)) return null;
  return { label: cleanLabel, rest: text.slice(label.length + 1).trim() };
}

const AND = /\s+and\s+/gi;

/** `AHAs 10% (Lactic, Glycolic and Mandelic Acid) and PHA 1%` → two actives; an "and" inside brackets holds. */
function splitAtAnd(part: string): string[] {
  if (!/\sand\s/i.test(part)) return [part];
  const inside = new Set<number>();
  for (const [open, close] of matchBrackets(part)) for (let i = open; i <= close; i++) inside.add(i);
  const pieces: string[] = [];
  let from = 0;
  for (const match of part.matchAll(AND)) {
    if (inside.has(match.index)) continue;
    pieces.push(part.slice(from, match.index));
    from = match.index + match[0].length;
  }
  pieces.push(part.slice(from));
  return pieces.length > 1 && pieces.every((piece) => HAS_PERCENT.test(piece)) ? pieces : [part];
}

function splitBullets(text: string): string[] {
  const starts = [0, ...[...text.matchAll(INNER_BULLET)].map((match) => match.index)];
  return starts.map((start, i) => text.slice(start, starts[i + 1]).replace(BULLET, '').trim());
}

/** A drug-facts active block: `Avobenzone 3% Sunscreen Homosalate 10% Sunscreen`, `1% Colloidal Oatmeal`. */
function readActives(text: string): NameDraft[] {
  const percents = [...text.matchAll(PERCENT_SIGN)];
  if (percents.length <= 1) return readItem(text).drafts;
  const drafts: NameDraft[] = [];
  let from = 0;
  for (const match of percents) {
    const segment = text.slice(from, match.index + match[0].length).replace(PURPOSE_WORDS, '');
    from = match.index + match[0].length;
    drafts.push(...readItem(segment).drafts);
  }
  return drafts;
}

/** Merges actives declared apart into the list (by normalised name); the others lead the list. */
function finish(builder: Builder, component: number): { component: Component; cut: boolean } {
  const byName = new Map<string, Draft>();
  for (const item of builder.actives.length > 0 ? builder.items : []) {
    for (const name of [item.name, ...item.synonyms]) if (!byName.has(normalizeName(name))) byName.set(normalizeName(name), item);
  }
  const leading: Draft[] = [];
  for (const active of builder.actives) {
    const key = normalizeName(active.name);
    const listed = byName.get(key);
    if (listed) {
      listed.declaredActive = true;
      listed.percent ??= active.percent;
    } else {
      byName.set(key, active);
      leading.push(active);
    }
  }
  const all = [...leading, ...builder.items];
  const ingredients: Ingredient[] = all
    .slice(0, LIMITS.ingredientsPerComponent)
    .map((draft, position) => ({
      text: draft.text,
      name: draft.name,
      synonyms: draft.synonyms,
      position,
      percent: draft.percent,
      mayContain: draft.mayContain,
      component,
      declaredActive: draft.declaredActive,
    }));
  return { component: { name: builder.name, ingredients }, cut: all.length > ingredients.length };
}

/** The ingredients of a label, per component, in label order. Never throws. */
export function parseInci(text: string): ParsedLabel {
  const capped = text.length > LIMITS.characters;
  const cleaned = markMayContain(cleanLabelText(capped ? text.slice(0, LIMITS.characters) : text));
  const reader = new LabelReader(splitPieces(cleaned), cleaned.includes('\n'));
  const components = reader.read();
  return { components, truncated: capped || reader.truncated };
}
