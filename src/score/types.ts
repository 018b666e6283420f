import type { Depth, Effect, KbClass, Match, MatchVia } from '../knowledge/types.ts';

/** What the scorer needs of the matcher (src/knowledge/matcher.ts provides it). */
export interface ScoringMatcher {
  match(name: string, synonyms?: string[]): Match;
  classOf(id: string): KbClass | undefined;
}

export type Verdict = 'avoid' | 'caution' | 'suitable' | 'unknown';

/** No list read; too little of it recognised; or the list was cut by a cap, so its rest is unread. */
export type UnknownReason = 'no-list' | 'low-coverage' | 'truncated';

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
  /** Why a rule changed the class default: "ph-adjuster", "late-in-list", "on-your-list", "preservative-alone", "rinse-off". */
  notes: string[];
}

export interface ComponentAnalysis {
  name: string | null;
  verdict: Verdict;
  okAfterHours: number | null;
  coverage: number;
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
  rinseOff: boolean;
  truncated: boolean;
  depth: Depth;
}

export interface ScoreOptions {
  depth: Depth;
  /** ISO date-time of the treatment, or null when not scheduled. */
  treatmentAt: string | null;
  /** The person's own avoid list (names as typed). */
  avoidList: string[];
  /** Product name, used to tell rinse-off products and scrubs. */
  productName?: string | null;
}
