import { i18n } from '#i18n';
import { browser, type Browser } from 'wxt/browser';
import type { SavedProduct, TreatmentProfile } from '../list/model.ts';
import { profileItem, readProfileAndSettings, savedListItem, settingsItem } from '../list/storage.ts';
import { okFromTime } from '../score/score.ts';
import { displayName } from '../list/display-name.ts';

// Opt-in "ready to use" notifications: one alarm per saved product at its OK-from time, named
// ready:<productId>. Alarms survive the worker; they are rebuilt whenever the list, the treatment
// or the settings change, so a removed product or a moved treatment never notifies.

const PREFIX = 'ready:';

export interface ReadyAlarm {
  name: string;
  when: number;
}

/** The alarms the list needs now: products with a window that ends in the future. */
export function scheduleReadyAlarms(list: SavedProduct[], profile: TreatmentProfile, now: number): ReadyAlarm[] {
  return list.flatMap((product) => {
    const { okAfterHours } = product.analysis;
    if (!okAfterHours) return [];
    const okFrom = okFromTime(profile.treatmentAt, okAfterHours);
    const when = okFrom === null ? NaN : Date.parse(okFrom);
    return when > now ? [{ name: `${PREFIX}${product.id}`, when }] : [];
  });
}

/** Replaces every ready: alarm with the ones the current list, treatment and settings ask for. */
export async function syncReadyAlarms(now = Date.now()): Promise<void> {
  const [list, [profile, settings], existing] = await Promise.all([
    savedListItem.getValue(),
    readProfileAndSettings(),
    browser.alarms.getAll(),
  ]);
  await Promise.all(existing.filter((a) => a.name.startsWith(PREFIX)).map((a) => browser.alarms.clear(a.name)));
  if (!settings.notifications) return;
  for (const alarm of scheduleReadyAlarms(list, profile, now)) browser.alarms.create(alarm.name, { when: alarm.when });
}

async function notifyReady(alarm: Browser.alarms.Alarm): Promise<void> {
  if (!alarm.name.startsWith(PREFIX)) return;
  const id = alarm.name.slice(PREFIX.length);
  const [list, [, settings]] = await Promise.all([savedListItem.getValue(), readProfileAndSettings()]);
  const product = list.find((p) => p.id === id);
  if (!product || !settings.notifications) return;
  await browser.notifications.create(alarm.name, {
    type: 'basic',
    iconUrl: largestIcon(),
    title: i18n.t('notify.title'),
    message: i18n.t('notify.message', [displayName(product)]),
  });
}

/** The extension's own largest icon (WXT lists public/icon/*.png in the manifest). */
function largestIcon(): string {
  const icons = Object.entries(browser.runtime.getManifest().icons ?? {});
  const [, path] = icons.sort(([a], [b]) => Number(b) - Number(a))[0] ?? ['', ''];
  return browser.runtime.getURL(`/${path.replace(/^\//, '')}` as '/');
}

/** Registered synchronously at worker start: the alarm listener and the storage watchers. */
export function registerReadyAlarms(): void {
  browser.alarms.onAlarm.addListener((alarm) => void notifyReady(alarm));
  const resync = () => void syncReadyAlarms();
  savedListItem.watch(resync);
  profileItem.watch(resync);
  settingsItem.watch(resync);
}
