import * as v from 'valibot';
import { ClinicFile } from './clinic.ts';
import { DEFAULT_PROFILE, DEFAULT_SETTINGS, type Settings, type TreatmentProfile } from './model.ts';

// Stored profile and settings as the code can use them, validated field by field. Apart from the
// model so that a page that only shows them (the popup) does not carry the validator.

const Depth = v.picklist(['pro', 'home']);
const IsoTime = v.pipe(
  v.string(),
  v.check((s) => !Number.isNaN(Date.parse(s))),
);

const Session = v.object({ treatmentAt: IsoTime, depth: Depth });
const Count = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(max));

const ProfileSchema = v.object({
  treatmentAt: v.fallback(v.nullable(IsoTime), null),
  depth: v.fallback(Depth, DEFAULT_PROFILE.depth),
  past: v.fallback(v.array(Session), []),
  booked: v.fallback(v.array(Session), []),
  series: v.fallback(v.nullable(v.object({ everyDays: Count(366), sessions: Count(52), since: IsoTime })), null),
  clinic: v.fallback(v.omit(ClinicFile, ['version']), DEFAULT_PROFILE.clinic),
  onboarded: v.fallback(v.boolean(), false),
});

const SettingsSchema = v.object({
  marksOnPage: v.fallback(v.boolean(), DEFAULT_SETTINGS.marksOnPage),
  notifications: v.fallback(v.boolean(), DEFAULT_SETTINGS.notifications),
  avoidList: v.fallback(v.array(v.string()), []),
});

/** A stored profile as the code can use it: each unreadable field falls back to its default. */
export function sanitizeProfile(value: unknown): TreatmentProfile {
  return v.parse(v.fallback(ProfileSchema, DEFAULT_PROFILE), value);
}

/** Stored settings as the code can use them: each unreadable field falls back to its default. */
export function sanitizeSettings(value: unknown): Settings {
  return v.parse(v.fallback(SettingsSchema, DEFAULT_SETTINGS), value);
}
