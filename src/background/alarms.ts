import { i18n } from '#i18n';
import { browser, type Browser } from 'wxt/browser';
import type { SavedProduct, TreatmentProfile } from '../list/model.ts';
import { advancePlan, nextSession } from '../list/plan.ts';
import { sanitizeProfile } from '../list/sanitize.ts';
import { profileItem, readProfileAndSettings, savedListItem, settingsItem } from '../list/storage.ts';
import { okFromTime } from '../score/score.ts';
import { displayName } from '../list/display-name.ts';
import { dayNumber, formatDistance, localTimeZone, startOfDay } from '../wording/calendar.ts';
import { sessionPlan } from '../wording/product-state.ts';

// The worker's alarms, derived from the list, the plan and the settings each time one of them changes (alarms
// survive the worker; a removed product or a moved session never notifies):
// - ready:<productId> — opt-in: the product is OK again, at the end of its wait after the current treatment;
// - pause:<productId> — opt-in: pause it before the next session, on the evening its pause begins (or at its start);
// - session:<time> — at each booked session: the plan moves on (it becomes the current treatment), which scores
//   the list again and brings the next reminders.

const READY = 'ready:';
const PAUSE = 'pause:';
const SESSION = 'session:';
/** A pause reminder comes at this hour of the evening its pause begins, or at the pause itself when that is earlier. */
const EVENING_HOUR = 18;

export interface ScheduledAlarm {
  name: string;
  when: number;
}

/** The alarms the list and plan need now (reminders only when the person asked for them). */
export function scheduleAlarms(list: SavedProduct[], profile: TreatmentProfile, now: number, reminders: boolean, timeZone = localTimeZone()): ScheduledAlarm[] {
  const sessions = profile.booked.map((s) => ({ name: `${SESSION}${s.treatmentAt}`, when: Date.parse(s.treatmentAt) }));
  const alarms = reminders ? [...readyAlarms(list, profile), ...pauseAlarms(list, profile, now, timeZone)] : [];
  return [...alarms, ...sessions].filter((alarm) => alarm.when > now);
}

/** At the end of each wait after the current treatment; not for a wait that is only the first hours after it. */
function readyAlarms(list: SavedProduct[], profile: TreatmentProfile): ScheduledAlarm[] {
  return list.flatMap((product) => {
    const { okAfterHours } = product.analysis;
    if (!okAfterHours || product.analysis.windows?.[profile.depth]?.byFirstHours) return [];
    const okFrom = okFromTime(profile.treatmentAt, okAfterHours);
    return okFrom === null ? [] : [{ name: `${READY}${product.id}`, when: Date.parse(okFrom) }];
  });
}

/** Before the next session, for each product that needs a pause: the evening its pause begins, or its start. */
function pauseAlarms(list: SavedProduct[], profile: TreatmentProfile, now: number, timeZone: string): ScheduledAlarm[] {
  const next = nextSession(profile, now);
  return list.flatMap((product) => {
    const plan = sessionPlan(product.analysis, next);
    if (!plan || plan.pauseHours === 0 || product.analysis.okAfterHours === null) return [];
    const pauseFrom = Date.parse(plan.pauseFrom);
    const evening = startOfDay(dayNumber(pauseFrom, timeZone), timeZone) + EVENING_HOUR * 3_600_000;
    return [{ name: `${PAUSE}${product.id}`, when: Math.min(pauseFrom, evening) }];
  });
}

/** Replaces every alarm of ours with the ones the current list, plan and settings ask for. */
export async function syncAlarms(now = Date.now()): Promise<void> {
  const [list, [profile, settings], existing] = await Promise.all([savedListItem.getValue(), readProfileAndSettings(now), browser.alarms.getAll()]);
  const ours = existing.filter((a) => [READY, PAUSE, SESSION].some((prefix) => a.name.startsWith(prefix)));
  await Promise.all(ours.map((a) => browser.alarms.clear(a.name)));
  await Promise.all(scheduleAlarms(list, profile, now, settings.notifications).map((alarm) => browser.alarms.create(alarm.name, { when: alarm.when })));
}

async function onAlarm(alarm: Browser.alarms.Alarm): Promise<void> {
  if (alarm.name.startsWith(SESSION)) return moveThePlanOn();
  const reminder = alarm.name.startsWith(READY) ? READY : alarm.name.startsWith(PAUSE) ? PAUSE : null;
  if (reminder === null) return;
  const now = Date.now();
  const [list, [profile, settings]] = await Promise.all([savedListItem.getValue(), readProfileAndSettings(now)]);
  const product = list.find((p) => p.id === alarm.name.slice(reminder.length));
  if (!product || !settings.notifications) return;
  const message = reminder === READY ? i18n.t('notify.message', [displayName(product)]) : pauseMessage(product, profile, now);
  if (message === null) return;
  await browser.notifications.create(alarm.name, {
    type: 'basic',
    iconUrl: largestIcon(),
    title: reminder === READY ? i18n.t('notify.title') : i18n.t('notify.pauseTitle'),
    message,
  });
}

/**
 * "Pause <product> tonight: your session is in 5 days" — "tomorrow", "the day after tomorrow" where the language
 * has a word for it: calendar days in the person's zone and language (Intl's relative time).
 */
function pauseMessage(product: SavedProduct, profile: TreatmentProfile, now: number): string | null {
  const next = nextSession(profile, now);
  if (!next) return null;
  const clock = { now, locale: browser.i18n.getUILanguage(), timeZone: localTimeZone() };
  return i18n.t('notify.pauseMessage', [displayName(product), formatDistance(Date.parse(next.treatmentAt), clock)]);
}

/** A booked session has taken place: it becomes the current treatment in storage too. */
async function moveThePlanOn(): Promise<void> {
  const stored = sanitizeProfile(await profileItem.getValue());
  const moved = advancePlan(stored, Date.now());
  if (moved !== stored) await profileItem.setValue(moved);
}

/** The extension's own largest icon (WXT lists public/icon/*.png in the manifest). */
function largestIcon(): string {
  const icons = browser.runtime.getManifest().icons ?? {};
  const path = icons[Math.max(...Object.keys(icons).map(Number))] ?? '';
  return browser.runtime.getURL(`/${path.replace(/^\//, '')}` as '/');
}

/** Registered synchronously at worker start: the alarm listener and the storage watchers. */
export function registerAlarms(): void {
  browser.alarms.onAlarm.addListener((alarm) => void onAlarm(alarm));
  const resync = () => void syncAlarms();
  savedListItem.watch(resync);
  profileItem.watch(resync);
  settingsItem.watch(resync);
}
