import { flags } from '../knowledge/effects.ts';
import type { Depth, KbClass } from '../knowledge/types.ts';
import type { ClinicWindows, ComponentAnalysis, ScoredIngredient, SessionWindows } from './types.ts';

// The windows around a session (shared/reference/treatment-cycle.md): for a class, the hours after a session
// until it is OK and the hours before one to pause it, each the person's clinic instruction when they gave one,
// else the default of data/classes.json; for a product, the largest of its ingredients', and after a
// professional session at least the first hours (data/session.json), whatever the ingredients.

/** Rinse-off windows halve, never below this (verdict rubric: rinse-off). */
const RINSE_OFF_FLOOR = 24;

export interface ClassWindows {
  afterHours: number;
  pauseHours: number;
  /** Whether each comes from the person's clinic instructions. */
  clinicAfter: boolean;
  clinicPause: boolean;
}

/** A class's windows for a session of this kind: the person's clinic instruction, else the default. */
export function classWindows(cls: KbClass, depth: Depth, clinic?: ClinicWindows): ClassWindows {
  const own = clinic?.windows[cls.id];
  return {
    afterHours: own?.afterHours ?? cls.windowHours[depth],
    pauseHours: own?.beforeHours ?? cls.pause?.hours[depth] ?? 0,
    clinicAfter: own?.afterHours !== undefined,
    clinicPause: own?.beforeHours !== undefined,
  };
}

export interface IngredientWindows {
  /** null: never (on the person's own list). */
  afterHours: number | null;
  pauseHours: number;
  /** The rinse-off halving shortened the window. */
  halved: boolean;
  /** A clinic instruction set the window or the pause. */
  clinic: boolean;
}

type Judged = Pick<ScoredIngredient, 'classes' | 'effect' | 'notes'>;

/**
 * One ingredient's windows for a session of this kind. The wait is the largest among the classes of its own effect
 * (only what flags waits), halved when the product is rinsed off; the pause the largest among all its classes.
 */
export function ingredientWindows(
  ingredient: Judged,
  rinseOff: boolean,
  depth: Depth,
  classOf: (id: string) => KbClass | undefined,
  clinic?: ClinicWindows,
): IngredientWindows {
  const windows = { afterHours: 0 as number | null, pauseHours: 0, halved: false, clinic: false };
  if (ingredient.effect === 'unknown') return windows;
  const flagged = flags(ingredient.effect);
  // Names nothing flags and no instruction names have no window at all: most of a list, skipped cheaply.
  if (!flagged && !namedByClinic(ingredient.classes, clinic)) return onOwnList(ingredient, windows);
  let after = 0;
  let afterByClinic = false;
  for (const id of ingredient.classes) {
    const cls = classOf(id);
    if (!cls) continue;
    const own = classWindows(cls, depth, clinic);
    if (own.pauseHours > windows.pauseHours || (own.pauseHours === windows.pauseHours && own.clinicPause)) {
      windows.pauseHours = own.pauseHours;
      windows.clinic ||= own.clinicPause;
    }
    const counts = flagged ? cls.effect === ingredient.effect : own.clinicAfter;
    if (counts && (own.afterHours > after || (own.afterHours === after && own.clinicAfter))) {
      after = own.afterHours;
      afterByClinic = own.clinicAfter;
    }
  }
  windows.clinic ||= afterByClinic;
  if (rinseOff && after > RINSE_OFF_FLOOR) {
    after = Math.max(RINSE_OFF_FLOOR, after / 2);
    windows.halved = true;
  }
  windows.afterHours = after;
  return onOwnList(ingredient, windows);
}

/** On the person's own list: never OK, whatever the window. */
function onOwnList<T extends { afterHours: number | null }>(ingredient: Judged, windows: T): T {
  if (ingredient.notes.includes('on-your-list')) windows.afterHours = null;
  return windows;
}

function namedByClinic(classes: readonly string[], clinic: ClinicWindows | undefined): boolean {
  if (clinic === undefined) return false;
  for (const id of classes) if (clinic.windows[id] !== undefined) return true;
  return false;
}

/** The first hours after a session of this kind: the person's (professional sessions only), else the default. */
export function firstHoursOf(depth: Depth, defaults: Record<Depth, number>, clinic?: ClinicWindows): number {
  return depth === 'pro' ? (clinic?.firstHours ?? defaults.pro) : defaults.home;
}

/** The largest window; null (never) wins over any number. */
export function largestWindow(windows: readonly (number | null)[]): number | null {
  return windows.includes(null) ? null : Math.max(0, ...(windows as number[]));
}

/**
 * A product's windows around a session of this kind, from its components' ingredients; `clinicAfter` and
 * `clinicPause` say whether the person's instructions changed them from what the defaults give.
 */
export function sessionWindows(
  components: readonly Pick<ComponentAnalysis, 'ingredients' | 'rinseOff'>[],
  depth: Depth,
  classOf: (id: string) => KbClass | undefined,
  firstHoursDefaults: Record<Depth, number>,
  clinic?: ClinicWindows,
): SessionWindows {
  const own = productWindows(components, depth, classOf, firstHoursDefaults, clinic);
  const hasClinic = clinic !== undefined && (clinic.firstHours !== undefined || Object.keys(clinic.windows).length > 0);
  const defaults = hasClinic ? productWindows(components, depth, classOf, firstHoursDefaults, undefined) : own;
  return { ...own, clinicAfter: own.afterHours !== defaults.afterHours, clinicPause: own.pauseHours !== defaults.pauseHours };
}

function productWindows(
  components: readonly Pick<ComponentAnalysis, 'ingredients' | 'rinseOff'>[],
  depth: Depth,
  classOf: (id: string) => KbClass | undefined,
  firstHoursDefaults: Record<Depth, number>,
  clinic: ClinicWindows | undefined,
): Omit<SessionWindows, 'clinicAfter' | 'clinicPause'> {
  let largest: number | null = 0;
  let pauseHours = 0;
  for (const component of components) {
    for (const ingredient of component.ingredients) {
      // Only what flags, is on the person's list or is named by an instruction has a window: the rest is skipped.
      if (!flags(ingredient.effect) && !namedByClinic(ingredient.classes, clinic)) continue;
      const windows = ingredientWindows(ingredient, component.rinseOff, depth, classOf, clinic);
      largest = largest === null || windows.afterHours === null ? null : Math.max(largest, windows.afterHours);
      pauseHours = Math.max(pauseHours, windows.pauseHours);
    }
  }
  const firstHours = firstHoursOf(depth, firstHoursDefaults, clinic);
  const byFirstHours = largest !== null && largest < firstHours;
  return { afterHours: byFirstHours ? firstHours : largest, pauseHours, firstHours, byFirstHours };
}
