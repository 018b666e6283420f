/**
 * The parser's second pass: the parts of every piece (classify.ts), in label order, folded into
 * components. What a part does depends on where it stands: the section its heading opened (the list,
 * drug-facts actives, or a skipped block such as directions), the component it belongs to, a "may
 * contain" block, a sentence of prose being passed over.
 */
import { BULLET, HAS_PERCENT, type Part } from './classify.ts';
import { DRUG_PURPOSE, readItem, withoutLegend, type NameDraft } from './item.ts';
import { isDisclaimer, isProse, type LabelKind } from './labels.ts';
import { matchBrackets, splitTopLevel, type Piece } from './split.ts';
import { LEGEND, saysFragrance, STARTS_WITH_FOOTNOTE } from './vocabulary.ts';

export const LIMITS = { characters: 100_000, components: 20, ingredientsPerComponent: 500 } as const;

export interface Draft extends NameDraft {
  mayContain: boolean;
  declaredActive: boolean;
}

/** A component as it is folded: its list, and the actives declared apart from it. */
export interface ComponentDraft {
  name: string | null;
  items: Draft[];
  /** Declared apart from the list (drug facts, marketing bullets with a percentage). */
  actives: Draft[];
  /** The items so far came under "Key ingredients:", a marketing excerpt of the real list. */
  underMarketingHeading: boolean;
}

/** Where the fold stands: the list, a drug-facts actives block, or a block that names no ingredient. */
type Section = 'list' | 'active' | 'skip';

const PURPOSE_WORDS = new RegExp(String.raw`^(?:[)\]\s]*)(?:${DRUG_PURPOSE}\b\s*)+`, 'i');
/** A numbered footnote legend entry after the list: `[1] Hydrator (Humectant)`, `(2) Emollient`. */
const NUMBERED_LEGEND = /^[[(]\d{1,2}[\])]\s*\p{L}/u;
/** A footnote legend behind a plain number: `1 erhalten aus natürlichen ätherischen Ölen`. */
const NUMBER_THEN_WORD = /^\d{1,2}\s?\p{L}/u;
const PERCENT_SIGN = /(\d{1,3}(?:[.,]\d+)?)\s*%/g;
const AND = /\s+and\s+/gi;

/** Folds the pieces' readings into components (those with a list or declared actives), in label order. */
export function foldComponents(pieces: readonly Piece[], readings: readonly Part[][]): { components: ComponentDraft[]; truncated: boolean } {
  const fold = new Fold();
  for (let i = 0; i < pieces.length && !fold.stopped; i = Math.max(i, fold.readThrough) + 1) {
    const piece = pieces[i];
    const reading = readings[i];
    if (piece && reading) fold.piece(piece, reading);
  }
  return { components: fold.components.filter((c) => c.items.length + c.actives.length > 0), truncated: fold.truncated };
}

class Fold {
  readonly components: ComponentDraft[] = [];
  private current: ComponentDraft = newComponent(null);
  private section: Section = 'list';
  private mayContain = false;
  /** Prose after a label: the rest of its sentence is passed over. */
  private inProse = false;
  /** The last piece read: a bullet's label may run over the pieces after its own. */
  readThrough = -1;
  /** The component cap was reached: nothing after this piece is read. */
  stopped = false;
  truncated = false;

  constructor() {
    this.components.push(this.current);
  }

  piece(piece: Piece, parts: readonly Part[]): void {
    if (piece.brk !== 'comma') this.inProse = false;
    if (piece.brk === 'marker') {
      this.mayContain = true;
      if (this.section === 'skip') this.section = 'list';
    }
    this.parts(parts);
  }

  private parts(parts: readonly Part[]): void {
    for (const part of parts) {
      switch (part.kind) {
        case 'heading':
          this.heading(part.heading, part.text);
          break;
        case 'name':
          this.startComponent(part.name);
          break;
        case 'line-name':
          if (this.section === 'active') this.item(part.text);
          else this.startComponent(part.name);
          break;
        case 'actives':
          this.declareActives(part.labels);
          break;
        case 'item':
          this.item(part.text);
          break;
        case 'prose':
          this.inProse = true;
          break;
        case 'list-line':
          // "Active ingredient: Zinc Oxide 20%" then, on the next line, the list with no "Inactive" heading.
          if (this.section === 'active') this.section = 'list';
          break;
        case 'label':
          if (this.section === 'skip') return;
          break;
        case 'bullets':
          if (this.section === 'skip') this.parts(part.plain);
          else {
            this.readThrough = Math.max(this.readThrough, part.through);
            this.parts(part.parts);
          }
          break;
      }
    }
  }

  private heading(kind: LabelKind, heading: string): void {
    this.inProse = false;
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
    this.current = newComponent(name);
    this.components.push(this.current);
  }

  private declareActives(labelParts: readonly string[]): void {
    for (const part of labelParts.flatMap((label) => splitTopLevel(label, ',')).flatMap(splitAtAnd)) {
      if (!HAS_PERCENT.test(part)) continue;
      for (const draft of readItem(part.replace(BULLET, '')).drafts) this.current.actives.push(mark(draft, false, true));
    }
  }

  /** An ordinary piece of text: ingredients of the current section, or nothing. */
  private item(raw: string): void {
    // A legend after the last name ("Phenoxyethanol *Certified organic") is no reason to drop the name.
    const text = withoutLegend(raw.trim());
    if (text === '' || this.section === 'skip' || this.inProse) return;
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

function newComponent(name: string | null): ComponentDraft {
  return { name, items: [], actives: [], underMarketingHeading: false };
}

function mark(draft: NameDraft, mayContain: boolean, declaredActive: boolean): Draft {
  return { ...draft, mayContain, declaredActive };
}

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
