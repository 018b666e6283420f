export type Effect = 'avoid' | 'caution' | 'neutral' | 'beneficial';
export type EvidenceGrade = 'A' | 'B' | 'C' | 'inference';
export type Depth = 'pro' | 'home';

/** A class of ingredients and what it means right after needling (data/classes.json). */
export interface KbClass {
  id: string;
  effect: Effect;
  /** Hours after the treatment until acceptable again; 0 for neutral/beneficial. */
  windowHours: Record<Depth, number>;
  /** Short name a shopper reads: "Retinoid". */
  label: string;
  /** One or two plain sentences: why it matters after needling. */
  reason: string;
  grade: EvidenceGrade;
  disputed: boolean;
  sources: Source[];
  /** How long before a session to stop using it, with its evidence; absent: no pause (arrive with clean skin). */
  pause?: { hours: Record<Depth, number>; grade: EvidenceGrade; sources: Source[] };
}

export interface Source {
  title: string;
  url?: string;
}

/** What holds around every session whatever the ingredients (data/session.json). */
export interface SessionRules {
  /** After a professional session only the practitioner's product goes on the skin for these hours (0 at home). */
  firstHours: { hours: Record<Depth, number>; grade: EvidenceGrade; sources: Source[] };
  /** Nothing on the skin at the session. */
  arriveClean: { grade: EvidenceGrade; sources: Source[] };
  /** Never needle or roll over a product (granuloma reports). */
  rollingOver: { grade: EvidenceGrade; sources: Source[] };
}

/** How a label name was recognised. */
export type MatchVia = 'exact' | 'synonym' | 'family' | 'fuzzy' | 'none';

export interface Match {
  /** Canonical INCI name, or null when unrecognised. */
  inci: string | null;
  classes: string[];
  /** Entry rules such as "ph-adjuster-when-late" (see data/README.md). */
  rules: string[];
  via: MatchVia;
  /** 1 for exact, lower for fuzzy; 0 for none. */
  confidence: number;
  /** The family pattern id when via === 'family'. */
  family?: string;
  /** The cheap rewrite that found an exact or synonym match: see NAME_VARIANTS in matcher.ts. */
  variant?: string;
  /**
   * Names glued without a comma ("Linalool Limonene"): the name as printed, cut at word boundaries into known
   * names. The match describes the most severe part; the scorer scores each part.
   */
  parts?: string[];
  /** For an unrecognised name close to an avoid or caution entry: that entry's canonical name ("could be Retinol"). */
  near?: string;
}
