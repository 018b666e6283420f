import { parseInci } from '../inci/parse.ts';
import type { ParsedLabel } from '../inci/types.ts';
import type { PageReading } from '../extract/types.ts';
import type { Settings, TreatmentProfile } from '../list/model.ts';
import { scoreLabel } from './score.ts';
import type { Analysis, ReadingDoubt, ScoringMatcher } from './types.ts';

/** Parses each component the page gave and joins them into one label, kit parts keeping their names. */
export function parseReading(components: PageReading['components']): ParsedLabel {
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
  components: PageReading['components'],
  productName: string | null,
  matcher: ScoringMatcher,
  profile: TreatmentProfile,
  settings: Settings,
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
