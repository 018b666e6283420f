/** One ingredient as written on a label, in label order. */
export interface Ingredient {
  /** The ingredient as printed (footnote marks and list punctuation removed). */
  text: string;
  /** The main name, used for matching. */
  name: string;
  /** Other names printed with it: `Water/Aqua/Eau`, `Aqua (Water)`. */
  synonyms: string[];
  /** 0-based position within its component's list. */
  position: number;
  /** Stated concentration in percent, when printed (`Zinc Oxide 17.1%`). */
  percent: number | null;
  /** Listed after "+/- May contain" (shade colourants). */
  mayContain: boolean;
  /** Index into `ParsedLabel.components`. */
  component: number;
  /** Declared apart from the list as an active (drug facts, "-Salicylic Acid 2%: …"). */
  declaredActive: boolean;
}

export interface Component {
  /** Kit part or shade name printed before its list, or null for a single list. */
  name: string | null;
  ingredients: Ingredient[];
}

export interface ParsedLabel {
  components: Component[];
  /** True when a cap on characters, components or ingredients cut the input. */
  truncated: boolean;
}
