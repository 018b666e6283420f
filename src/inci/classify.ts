/**
 * The parser's first pass: what each piece of a label says — a heading, a component's name, actives
 * declared with a percentage, an item, a sentence of prose — read from the piece and the pieces after
 * it, never from what came before. The second pass (fold.ts) decides what each part does to the list.
 */
import { tidy } from './item.ts';
import { classifyLabel, componentOfHeading, isDisclaimer, isProse, splitLeadingHeading, splitTrailingHeading, type LabelKind } from './labels.ts';
import { splitTopLevel, type Piece } from './split.ts';
import { FOOTNOTE_MARKS } from './vocabulary.ts';

/** One thing a piece says, in label order. */
export type Part =
  /** A heading: `Ingredients:`, `Active ingredients`, `Directions:`, `Key ingredients:`. */
  | { kind: 'heading'; heading: LabelKind; text: string }
  /** A component starts: `Cleanser:` before its list, `Toner Ingredients:` (null: a new unnamed list). */
  | { kind: 'name'; name: string | null }
  /** A short line by itself over a list line: a shade's or kit part's name, or an active in an actives block. */
  | { kind: 'line-name'; name: string; text: string }
  /** Actives declared with a percentage before the list: `-Salicylic Acid 2%: …`, `Avobenzone 3%, Octisalate 5%: …`. */
  | { kind: 'actives'; labels: string[] }
  /** Text that may name ingredients. */
  | { kind: 'item'; text: string }
  /** Prose after a label (`Benefits: smooths lines`): the rest of its sentence is no list. */
  | { kind: 'prose' }
  /** A line that opens a list of three names or more without percentages: after a drug-facts actives block, the list. */
  | { kind: 'list-line' }
  /** A `label:` that is no heading: in a skipped section (directions, warnings) the rest of its piece goes with it. */
  | { kind: 'label' }
  /**
   * Marketing bullets (`-Retinol 1%: smooths. -Peptides: firm.`) as `parts`, reading on to piece
   * `through` when a bullet's label runs over commas; in a skipped section the piece reads as `plain` text.
   */
  | { kind: 'bullets'; parts: Part[]; through: number; plain: Part[] };

/** Labels (`Cleanser:`) read per piece; a hostile `a:a:a:…` costs no more than this. */
const MAX_LABELS_PER_PIECE = 20;
/** How far a marketing bullet's label may run over commas: `-Avobenzone 3%, Octisalate 5%: …`. */
const MAX_BULLET_LABEL_PIECES = 6;
/** Pieces looked at to tell a list from a sentence after a colon. */
const LOOKAHEAD = 12;

export const BULLET = /^[-–—‐]\s*(?=[\p{L}\p{N}])/u;
const INNER_BULLET = /\s[-–—]\s*(?=[\p{L}\p{N}])/gu;
const HEADING_INSIDE = /(?:^|\s)((?:(?:inactive|active|other)\s+)?ingredients?\s*:)/i;
/** An active with its percentage at the head of a bullet, the rest of the bullet after it: `-Niacinamide 5% Aqua, …`. */
const LEADING_ACTIVE = /^(.*?\d\s*%\s*\)?)\s*(.*)$/su;
const LETTER = /\p{L}/u;
export const HAS_PERCENT = /\d\s*%/;

/** What follows a colon: the list itself, the list after one sentence, or prose. */
type Continuation = 'list' | 'listAfterFirst' | 'prose';

/** A piece's text read from `text` on, with what is still to read or null when the rest says nothing. */
interface Reading {
  parts: Part[];
  rest: string | null;
}

/** What every piece of a label says, piece by piece (`multiline`: line breaks separate items or name kit parts). */
export function classifyPieces(pieces: readonly Piece[], multiline: boolean): Part[][] {
  return new PieceClassifier(pieces, multiline).readings();
}

class PieceClassifier {
  private readonly pieces: readonly Piece[];
  private readonly multiline: boolean;

  constructor(pieces: readonly Piece[], multiline: boolean) {
    this.pieces = pieces;
    this.multiline = multiline;
  }

  readings(): Part[][] {
    const readings: Part[][] = [];
    for (let index = 0; index < this.pieces.length; index++) {
      const { text, brk } = this.pieces[index] as Piece;
      const parts = this.readText(text, brk !== 'comma', index, 0, true);
      readings.push(brk === 'line' && this.listFollows(index) ? [{ kind: 'list-line' }, ...parts] : parts);
    }
    return readings;
  }

  /**
   * The parts of `source`, piece `index`'s text from some point on: `atSentenceStart` when it opens a
   * sentence or line (or follows a label's colon), `labels` read in the piece already. With `bullets`
   * false a leading bullet is read as plain text (the piece's reading in a skipped section).
   */
  private readText(source: string, atSentenceStart: boolean, index: number, labels: number, bullets: boolean): Part[] {
    const parts: Part[] = [];
    let text = source;
    let opensSentence = atSentenceStart;
    for (let read = labels; text !== '' && read <= MAX_LABELS_PER_PIECE; read++) {
      if (opensSentence && BULLET.test(text) && (bullets || read > labels)) {
        const { parts: bulletParts, through } = this.readBullets(text, index);
        parts.push({ kind: 'bullets', parts: bulletParts, through, plain: this.readText(text, opensSentence, index, read, false) });
        return parts;
      }
      const leading = opensSentence ? splitLeadingHeading(text) : null;
      if (leading) {
        parts.push({ kind: 'heading', heading: classifyLabel(leading.heading), text: leading.heading });
        text = leading.rest;
        continue;
      }
      const colon = labelAndRest(text);
      if (!colon) break;
      const after = this.readLabel(colon.label, colon.rest, opensSentence, index);
      parts.push(...after.parts);
      if (after.rest === null) return parts;
      text = after.rest;
      opensSentence = true;
    }
    if (opensSentence && this.namesNextList(text, index)) parts.push({ kind: 'line-name', name: tidy(text), text });
    else parts.push({ kind: 'item', text });
    return parts;
  }

  /** A `label: rest` piece: a heading, a component's name, actives, or a description. */
  private readLabel(label: string, rest: string, fresh: boolean, index: number): Reading {
    const trailing = splitTrailingHeading(label);
    if (trailing) {
      return {
        parts: [
          { kind: 'item', text: trailing.before },
          { kind: 'heading', heading: classifyLabel(trailing.heading), text: trailing.heading },
        ],
        rest,
      };
    }
    const heading = classifyLabel(label);
    if (heading !== 'other' && heading !== 'prose') return { parts: [{ kind: 'heading', heading, text: label }], rest };
    const parts: Part[] = [{ kind: 'label' }];
    const named = componentOfHeading(label);
    if (named) return { parts: [...parts, { kind: 'name', name: named }], rest };
    if (heading === 'prose') return { parts: [...parts, { kind: 'prose' }], rest: null };
    if (HAS_PERCENT.test(label)) {
      const after = this.afterDescription(rest, index, 'bullet');
      return { parts: [...parts, { kind: 'actives', labels: [label] }, ...after.parts], rest: after.rest };
    }
    const continuation = this.continuation(rest, index, 'label');
    if (continuation === 'prose') return { parts: [...parts, { kind: 'prose' }], rest: null };
    if (fresh) parts.push({ kind: 'name', name: label });
    return { parts, rest: continuation === 'list' ? rest : null };
  }

  /** Marketing bullets: `-Key ingredient: benefit.`, `-Avobenzone 3% -Octinoxate 7.5% Water, …`. */
  private readBullets(text: string, index: number): { parts: Part[]; through: number } {
    const bullets = splitBullets(text);
    const last = bullets.pop() ?? '';
    const parts: Part[] = bullets.map((bullet) => ({ kind: 'actives', labels: [labelAndRest(bullet)?.label ?? bullet] }));
    const colon = labelAndRest(last);
    if (colon) {
      parts.push({ kind: 'actives', labels: [colon.label] }, ...this.readAfter(this.afterDescription(colon.rest, index, 'bullet'), index));
      return { parts, through: index };
    }
    // The label may run over commas up to its colon: `-Avobenzone 3%, Homosalate 10%: Sunscreen.`
    for (let j = index + 1; j <= index + MAX_BULLET_LABEL_PIECES; j++) {
      const piece = this.pieces[j];
      if (piece?.brk !== 'comma') break;
      const later = labelAndRest(piece.text);
      if (!later) continue;
      const labels = [last, ...this.pieces.slice(index + 1, j).map((p) => p.text), later.label];
      parts.push({ kind: 'actives', labels }, ...this.readAfter(this.afterDescription(later.rest, j, 'bullet'), j));
      return { parts, through: j };
    }
    const active = LEADING_ACTIVE.exec(last);
    if (active?.[1] && LETTER.test(active[1].replace(/\d\s*%.*$/s, ''))) {
      parts.push({ kind: 'actives', labels: [active[1]] }, { kind: 'item', text: active[2] ?? '' });
    } else if (this.multiline || this.pieces[index + 1]?.brk === 'comma') parts.push({ kind: 'item', text: last });
    return { parts, through: index };
  }

  /** A description's parts, then what follows it in piece `index`, read as a new sentence. */
  private readAfter(description: Reading, index: number): Part[] {
    return description.rest === null ? description.parts : [...description.parts, ...this.readText(description.rest, true, index, 0, true)];
  }

  /** The text after a label or bullet's colon: a heading inside it, a list, or a description to skip. */
  private afterDescription(rest: string, index: number, kind: 'bullet' | 'label'): Reading {
    const heading = HEADING_INSIDE.exec(rest);
    if (heading && heading.index > 0) return { parts: [], rest: rest.slice(heading.index).trim() };
    const continuation = this.continuation(rest, index, kind);
    return { parts: continuation === 'prose' ? [{ kind: 'prose' }] : [], rest: continuation === 'list' ? rest : null };
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

  /**
   * A line by itself (no colon) over a list line of three names or more: a shade or kit part. Nothing
   * left after a label (`Cleanser:` alone on its line) names nothing: the label did.
   */
  private namesNextList(text: string, index: number): boolean {
    const next = this.pieces[index + 1];
    if (text === '' || !this.multiline || next?.brk !== 'line' || text.split(' ').length > 8 || isProse(text)) return false;
    if (HAS_PERCENT.test(text)) return false; // an active, not a product's name
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
}

/** `label: rest` at the first top-level colon within reach, or null. */
function labelAndRest(text: string): { label: string; rest: string } | null {
  if (!text.includes(':')) return null;
  const [label, ...rest] = splitTopLevel(text.slice(0, 400), ':');
  if (rest.length === 0 || label === undefined) return null;
  const cleanLabel = tidy(label.replace(FOOTNOTE_MARKS, ''));
  if (!LETTER.test(cleanLabel)) return null;
  return { label: cleanLabel, rest: text.slice(label.length + 1).trim() };
}

function splitBullets(text: string): string[] {
  const starts = [0, ...[...text.matchAll(INNER_BULLET)].map((match) => match.index)];
  return starts.map((start, i) =>
    text
      .slice(start, starts[i + 1])
      .replace(BULLET, '')
      .trim(),
  );
}
