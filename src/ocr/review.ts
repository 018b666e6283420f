import { parseInci } from '../inci/parse.ts';
import type { Matcher } from '../knowledge/matcher.ts';

// The recognised list as the person checks it before the verdict: each name read, and whether the
// knowledge base knows it as printed ("known"), only as a near spelling ("near": the OCR may have
// misread a letter, so the name it could be is shown) or not at all ("unknown").

export type NameStatus = 'known' | 'near' | 'unknown';

export interface ReviewedName {
  text: string;
  status: NameStatus;
  /** The knowledge-base name a "near" name was taken for. */
  near: string | null;
}

export function reviewNames(text: string, matcher: Pick<Matcher, 'match'>): ReviewedName[] {
  return parseInci(text).components.flatMap((component) =>
    component.ingredients.map((ingredient) => {
      const match = matcher.match(ingredient.name, ingredient.synonyms);
      const status: NameStatus = match.via === 'none' ? 'unknown' : match.via === 'fuzzy' ? 'near' : 'known';
      return { text: ingredient.text, status, near: status === 'near' ? match.inci : null };
    }),
  );
}
