import { normalizeName } from '../inci/normalize.ts';
import { parseInci } from '../inci/parse.ts';
import type { CompiledKb } from '../knowledge/compile.ts';
import { nameIndex, type NameIndex } from './edits.ts';

// How good an OCR pass is, without knowing the true list: the share of the names it read that are
// within two edits of a name the knowledge base knows. A garbled pass reads names nobody ever wrote.

/** Two edits: a misread letter or two ("Glycerln", "Niacinarnide") still counts as read. */
export const NEAR_EDITS = 2;

/** Every name the knowledge base knows: canonical names and label synonyms. */
export function knowledgeNames(kb: CompiledKb): NameIndex {
  return nameIndex([...kb.entries.map(([inci]) => inci), ...Object.keys(kb.synonyms)], normalizeName);
}

/** The ingredient names a label text gives, in order (every component). */
export function namesIn(text: string): string[] {
  return parseInci(text).components.flatMap((c) => c.ingredients.map((i) => i.name));
}

export interface PassJudgement {
  /** Names read. */
  names: number;
  /** Of those, names within NEAR_EDITS of a knowledge-base name. */
  near: number;
  /** near / names, 0 when nothing was read. */
  share: number;
}

export function judgePass(text: string, known: NameIndex): PassJudgement {
  const names = namesIn(text);
  const near = names.filter((name) => known.near(name, NEAR_EDITS) !== null).length;
  return { names: names.length, near, share: names.length === 0 ? 0 : near / names.length };
}

/** The better of two passes: more names near known ones in share, then in number. */
export function better(a: PassJudgement, b: PassJudgement): boolean {
  return a.share !== b.share ? a.share > b.share : a.near > b.near;
}

/** Share of a label's true names that a reading got within NEAR_EDITS (tests and the benchmark). */
export function nameRecall(truth: readonly string[], text: string): number {
  if (truth.length === 0) return 1;
  const read = nameIndex(namesIn(text), normalizeName);
  return truth.filter((name) => read.near(name, NEAR_EDITS) !== null).length / truth.length;
}
