import * as v from 'valibot';
import type { ClinicWindows } from '../score/types.ts';

// The person's clinic instructions as a file: what the options page exports with the list and what
// `npm run check -- --clinic FILE` reads — one schema for both, versioned:
// {"version": 1, "firstHours": 6, "windows": {"<class id>": {"afterHours": n, "beforeHours": n}}}.

export const CLINIC_VERSION = 1;
/** A window longer than a year is a typing slip, not an instruction. */
export const MAX_WINDOW_HOURS = 8_760;

const Hours = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_WINDOW_HOURS));
const ClassId = v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'a class id is lower-case letters, digits and hyphens'));

export const ClinicFile = v.strictObject({
  version: v.literal(CLINIC_VERSION),
  /** Hours after a professional session during which only the practitioner's product goes on the skin. */
  firstHours: v.optional(Hours),
  windows: v.record(ClassId, v.strictObject({ afterHours: v.optional(Hours), beforeHours: v.optional(Hours) })),
});
export type ClinicFile = v.InferOutput<typeof ClinicFile>;

export const NO_CLINIC: ClinicWindows = { windows: {} };

export class ClinicRefused extends Error {
  override name = 'ClinicRefused';
}

/** The file's instructions, or a message a person can act on (which key, what is wrong). */
export function readClinic(data: unknown): ClinicWindows {
  const version = (data as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > CLINIC_VERSION) {
    throw new ClinicRefused(`the instructions are of a newer format (version ${version}); update Needle Safe first`);
  }
  const file = v.safeParse(ClinicFile, data);
  if (!file.success) {
    const issue = file.issues[0];
    const path = v.getDotPath(issue);
    throw new ClinicRefused(
      `not clinic instructions of the form {"version": 1, "windows": {"<class id>": {"afterHours": n, "beforeHours": n}}}` +
        `${path ? ` (at ${path})` : ''}: ${issue.message}`,
    );
  }
  const { version: _version, ...clinic } = file.output;
  return clinic;
}

/** The instructions as a file (and as the list export carries them): without empty windows. */
export function clinicFile(clinic: ClinicWindows): ClinicFile {
  const windows = Object.fromEntries(Object.entries(clinic.windows).filter(([, w]) => w.afterHours !== undefined || w.beforeHours !== undefined));
  return { version: CLINIC_VERSION, ...(clinic.firstHours === undefined ? {} : { firstHours: clinic.firstHours }), windows };
}

/** Whether the person gave any instruction at all. */
export function hasInstructions(clinic: ClinicWindows): boolean {
  return clinic.firstHours !== undefined || Object.keys(clinicFile(clinic).windows).length > 0;
}

/**
 * One class's window set (a number) or reset to the default (undefined): a value equal to the default is no
 * instruction, so "your clinic's instruction" is said only where it changes something.
 */
export function setClassWindow(
  clinic: ClinicWindows,
  classId: string,
  key: 'afterHours' | 'beforeHours',
  hours: number | undefined,
  defaultHours: number,
): ClinicWindows {
  const { [key]: _old, ...rest } = clinic.windows[classId] ?? {};
  const own = hours === undefined || hours === defaultHours ? rest : { ...rest, [key]: hours };
  const { [classId]: _class, ...others } = clinic.windows;
  return { ...clinic, windows: Object.keys(own).length === 0 ? others : { ...others, [classId]: own } };
}

/** The first hours set, or reset to the default (undefined or equal to it). */
export function setFirstHours(clinic: ClinicWindows, hours: number | undefined, defaultHours: number): ClinicWindows {
  const { firstHours: _old, ...rest } = clinic;
  return hours === undefined || hours === defaultHours ? rest : { ...rest, firstHours: hours };
}

/**
 * An import's instructions against the person's: `replace` takes the file's; `merge` keeps each of the
 * person's and adds the file's for what they left to the default.
 */
export function mergeClinic(yours: ClinicWindows, file: ClinicWindows, mode: 'merge' | 'replace'): ClinicWindows {
  if (mode === 'replace') return file;
  const windows: Record<string, ClinicWindows['windows'][string]> = { ...file.windows };
  for (const [id, own] of Object.entries(yours.windows)) windows[id] = { ...file.windows[id], ...own };
  const firstHours = yours.firstHours ?? file.firstHours;
  return { ...(firstHours === undefined ? {} : { firstHours }), windows };
}
