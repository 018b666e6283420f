import type { AvoidLookup } from '../knowledge/avoid-terms.ts';
import type { Depth, Effect, KbClass, Match, MatchVia } from '../knowledge/types.ts';

/** What the scorer needs of the matcher (src/knowledge/matcher.ts provides it). */
export interface ScoringMatcher extends AvoidLookup {
  /** The knowledge base's version: kept with each analysis. */
  readonly version: string;
  match(name: string, synonyms?: string[]): Match;
  classOf(id: string): KbClass | undefined;
}

export type Verdict = 'avoid' | 'caution' | 'suitable' | 'unknown';

/**
 * No list read; too little of it recognised; the list was cut by a cap, so its rest is unread; or a
 * doubt (below) keeps a list without warnings from being called suitable.
 */
export type UnknownReason = 'no-list' | 'low-coverage' | 'truncated' | 'doubtful';

/**
 * Why the page reader is not sure it read the product's whole list (src/extract reports it):
 * `partial` the list looks cut or incomplete, `ambiguous` two different lists were nearly as likely,
 * `component-unread` a kit part whose list could not be read.
 */
export type ReadingDoubt = 'partial' | 'ambiguous' | 'component-unread';

/**
 * Something that keeps a list without warnings from being "suitable" (rubric: "suitable" is earned).
 * Doubts never soften a warning; they are shown whatever the verdict.
 */
export type Doubt =
  | { kind: 'reading'; reason: ReadingDoubt }
  /** An unrecognised name printed with a percentage or declared as an active. */
  | { kind: 'unknown-active'; text: string }
  /** An unrecognised name close to a risky one: "could be Retinol". */
  | { kind: 'near-risky'; text: string; near: string };

/** One ingredient after matching and scoring. */
export interface ScoredIngredient {
  text: string;
  inci: string | null;
  classes: string[];
  /** 'unknown' when the name was not recognised. */
  effect: Effect | 'unknown';
  /** Hours after the treatment until acceptable; 0 when not flagged; null when never (on the person's own list). */
  okAfterHours: number | null;
  via: MatchVia;
  confidence: number;
  position: number;
  component: number;
  mayContain: boolean;
  /**
   * Why a rule changed the class default or why the name is in doubt: "ph-adjuster", "late-in-list",
   * "on-your-list", "preservative-alone", "rinse-off", "unknown-active", "near-risky".
   */
  notes: string[];
  /** For an unrecognised name close to a risky one: the risky name it could be (note "near-risky"). */
  near?: string;
}

export interface ComponentAnalysis {
  name: string | null;
  verdict: Verdict;
  okAfterHours: number | null;
  coverage: number;
  /** Washed off within minutes (from what the component is): its windows halve, never below 24 h. */
  rinseOff: boolean;
  ingredients: ScoredIngredient[];
}

export interface Analysis {
  verdict: Verdict;
  /** Largest window among flagged ingredients, in hours (0 when none); null when an ingredient is on the person's own list. */
  okAfterHours: number | null;
  /** Treatment time + okAfterHours, ISO 8601; null without a treatment time. */
  okFrom: string | null;
  /** Share of ingredients recognised, 0..1 (1 for an empty list). */
  coverage: number;
  recognised: number;
  total: number;
  components: ComponentAnalysis[];
  /** Why the verdict is unknown; null otherwise. */
  unknownReason: UnknownReason | null;
  /** Every component is rinsed off (see ComponentAnalysis.rinseOff). */
  rinseOff: boolean;
  truncated: boolean;
  /** What keeps the verdict from "suitable", or what to check on the label; reading doubts first. */
  doubts: Doubt[];
  depth: Depth;
  /** The version of the knowledge base that scored it ('' before versions were kept): an older one is scored again. */
  kbVersion: string;
}

/** The treatment a verdict is for (src/list's TreatmentProfile adds the person's history). */
export interface ScoreProfile {
  depth: Depth;
  /** ISO date-time of the treatment; null = "not scheduled yet" (verdicts for the first day after one). */
  treatmentAt: string | null;
}

/** The person's settings the scorer reads (src/list's Settings adds the others). */
export interface ScoreSettings {
  /** The person's own avoid list, as typed: names, common names, misspellings, group words (src/knowledge/avoid-terms.ts). */
  avoidList: string[];
}

export interface ScoreOptions extends ScoreProfile, ScoreSettings {
  /** Product name, used to tell rinse-off products and scrubs. */
  productName?: string | null;
  /** What the page reader was unsure of; none for a pasted or typed list. */
  readingDoubts?: readonly ReadingDoubt[];
}
