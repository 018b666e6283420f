import type { KbClass } from '../../src/knowledge/types.ts';
import type { SavedProduct } from '../../src/list/model.ts';
import type { Analysis, ScoredIngredient, SessionWindows } from '../../src/score/types.ts';

// Small hand-made analyses for the UI helper tests: only the fields the helpers read matter.

export function ingredient(text: string, over: Partial<ScoredIngredient> = {}): ScoredIngredient {
  return {
    text,
    inci: text.toUpperCase(),
    classes: [],
    effect: 'neutral',
    okAfterHours: 0,
    pauseHours: 0,
    via: 'exact',
    confidence: 1,
    position: 0,
    component: 0,
    mayContain: false,
    notes: [],
    ...over,
  };
}

/** A product's windows around a session: by default the wait its okAfterHours says, nothing to pause, no first hours. */
export function sessionWindows(over: Partial<SessionWindows> = {}): SessionWindows {
  return { afterHours: 0, pauseHours: 0, firstHours: 0, byFirstHours: false, clinicAfter: false, clinicPause: false, ...over };
}

export function analysis(ingredients: ScoredIngredient[], over: Partial<Analysis> = {}): Analysis {
  const recognised = ingredients.filter((i) => i.via !== 'none').length;
  const afterHours = over.okAfterHours === undefined ? 0 : over.okAfterHours;
  return {
    verdict: 'suitable',
    okAfterHours: 0,
    windows: { pro: sessionWindows({ afterHours }), home: sessionWindows({ afterHours }) },
    okFrom: null,
    coverage: ingredients.length ? recognised / ingredients.length : 0,
    recognised,
    total: ingredients.length,
    components: [{ name: null, verdict: 'suitable', okAfterHours: 0, pauseHours: 0, coverage: 1, rinseOff: false, ingredients }],
    unknownReason: null,
    rinseOff: false,
    truncated: false,
    doubts: [],
    depth: 'pro',
    kbVersion: 'test',
    ...over,
  };
}

export function kbClass(id: string, effect: KbClass['effect'], pro: number, over: Partial<KbClass> = {}): KbClass {
  return {
    id,
    effect,
    windowHours: { pro, home: pro / 2 },
    label: id,
    reason: `why ${id}`,
    grade: 'B',
    disputed: false,
    sources: [],
    ...over,
  };
}

export function saved(id: string, url: string, over: Partial<SavedProduct> = {}): SavedProduct {
  return {
    id,
    savedAt: '2025-11-20T10:00:00.000Z',
    url,
    title: `Product ${id}`,
    brand: null,
    variant: null,
    gtin: null,
    sku: null,
    components: [{ name: null, text: 'Aqua, Glycerin' }],
    source: 'jsonld',
    analysis: analysis([]),
    note: '',
    noteAt: null,
    ...over,
  };
}
