import { parseInci } from '../inci/parse.ts';
import type { ParsedLabel } from '../inci/types.ts';
import { scoreLabel } from './score.ts';
import type { Analysis, ReadingDoubt, ScoreProfile, ScoreSettings, ScoringMatcher } from './types.ts';

/** The ingredient text of each component, as a page (src/extract's PageReading) or a person gave it. */
type ComponentTexts = readonly { name: string | null; text: string }[];

/** Parses each component the page gave and joins them into one label, kit parts keeping their names. */
export function parseReading(components: ComponentTexts): ParsedLabel {
  const label: ParsedLabel = { components: [], truncated: false };
  for (const part of components) {
    const parsed = parseInci(part.text);
    label.truncated ||= parsed.truncated;
    for (const component of parsed.components) {
      const index = label.components.length;
      label.components.push({
        name: component.name ?? part.name,
        ingredients: component.ingredients.map((i) => ({ ...i, component: index })),
      });
    }
  }
  return label;
}

/** The analysis of a page's (or pasted) ingredient text for this person. */
export function analyzeComponents(
  components: ComponentTexts,
  productName: string | null,
  matcher: ScoringMatcher,
  profile: ScoreProfile,
  settings: ScoreSettings,
  readingDoubts: readonly ReadingDoubt[] = [],
): Analysis {
  return scoreLabel(parseReading(components), matcher, {
    depth: profile.depth,
    treatmentAt: profile.treatmentAt,
    avoidList: settings.avoidList,
    productName,
    readingDoubts,
    clinic: profile.clinic,
  });
}
