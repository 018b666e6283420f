import type { AvoidLookup } from '../knowledge/avoid-terms.ts';
import type { Depth, Effect, KbClass, Match, MatchVia, SessionRules } from '../knowledge/types.ts';

/** What the scorer needs of the matcher (src/knowledge/matcher.ts provides it). */
export interface ScoringMatcher extends AvoidLookup {
  /** The knowledge base's version: kept with each analysis. */
  readonly version: string;
  /** The first hours after a session, whatever the ingredients (data/session.json). */
  readonly session: Pick<SessionRules, 'firstHours'>;
  match(name: string, synonyms?: string[]): Match;
  classOf(id: string): KbClass | undefined;
}

/** The person's own windows for one class, from their clinic's instructions; either may be left to the default. */
export interface ClassWindow {
  /** Hours after a session until the class is OK again. */
  afterHours?: number;
  /** Hours before a session to stop using it. */
  beforeHours?: number;
}

/**
 * The person's clinic instructions (shared/reference/treatment-cycle.md, "What the person decides"): per class id,
 * windows that replace the defaults of data/classes.json for every kind of session; and the first hours after a
 * professional session (data/session.json's default when absent).
 */
export interface ClinicWindows {
  firstHours?: number;
  windows: Readonly<Record<string, ClassWindow>>;
}

/** A product's windows around a session of one kind (pro / home). */
export interface SessionWindows {
  /** Hours after the session until the product is OK, the first hours included; null: never (on the person's own list). */
  afterHours: number | null;
  /** Hours before the session to stop using it; 0: nothing to pause (but nothing is on the skin at the session). */
  pauseHours: number;
  /** The first hours after a session of this kind (0 at home), during which no ordinary product is OK. */
  firstHours: number;
  /** The first hours, not an ingredient, decide `afterHours`. */
  byFirstHours: boolean;
  /** The person's clinic instructions changed `afterHours` / `pauseHours` from what the defaults give. */
  clinicAfter: boolean;
  clinicPause: boolean;
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
  /** Hours before a session (of the analysis' depth) to stop using it; 0 when nothing asks for a pause. */
  pauseHours: number;
  via: MatchVia;
  confidence: number;
  position: number;
  component: number;
  mayContain: boolean;
  /**
   * Why a rule changed the class default or why the name is in doubt: "ph-adjuster", "late-in-list",
   * "on-your-list", "preservative-alone", "rinse-off", "unknown-active", "near-risky"; "clinic": a window of the
   * person's clinic instructions replaced a default.
   */
  notes: string[];
  /** For an unrecognised name close to a risky one: the risky name it could be (note "near-risky"). */
  near?: string;
}

export interface ComponentAnalysis {
  name: string | null;
  verdict: Verdict;
  /** The largest window of its ingredients, and at least the first hours after a professional session. */
  okAfterHours: number | null;
  /** Hours before a session (of the analysis' depth) to stop using it: the largest pause of its ingredients. */
  pauseHours: number;
  coverage: number;
  /** Washed off within minutes (from what the component is): its windows halve, never below 24 h. */
  rinseOff: boolean;
  ingredients: ScoredIngredient[];
}

export interface Analysis {
  verdict: Verdict;
  /**
   * Largest window among flagged ingredients, in hours, and at least the first hours after a professional session
   * (0 at home with nothing flagged); null when an ingredient is on the person's own list. The same as
   * `windows[depth].afterHours`.
   */
  okAfterHours: number | null;
  /** The product's windows around a session of each kind: what to pause before it, when it is OK after it. */
  windows: Record<Depth, SessionWindows>;
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

/** The treatment a verdict is for (src/list's TreatmentProfile adds the person's history and plan). */
export interface ScoreProfile {
  depth: Depth;
  /** ISO date-time of the treatment; null = "not scheduled yet" (verdicts for the first day after one). */
  treatmentAt: string | null;
  /** The person's clinic instructions; without them the defaults of data/ apply. */
  clinic?: ClinicWindows;
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
