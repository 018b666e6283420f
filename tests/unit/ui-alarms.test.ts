import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerAlarms, scheduleAlarms, syncAlarms } from '../../src/background/alarms.ts';
import { DEFAULT_PROFILE, DEFAULT_SETTINGS, type TreatmentProfile } from '../../src/list/model.ts';
import { profileItem, savedListItem, settingsItem } from '../../src/list/storage.ts';
import { analysis, saved, sessionWindows } from './ui-fixtures.ts';
import { inLanguage } from './ui-i18n.ts';

// Reminders (opt-in) and the plan's own alarms, derived from the list, the plan and the settings.

const HOUR = 3_600_000;
const BERLIN = 'Europe/Berlin';
const profile: TreatmentProfile = { ...DEFAULT_PROFILE, treatmentAt: '2025-11-25T14:00:00.000Z', depth: 'pro', onboarded: true };
const start = Date.parse(profile.treatmentAt as string);
const windows = (after: number, pause: number) => ({ pro: sessionWindows({ afterHours: after, pauseHours: pause }), home: sessionWindows() });
const list = [
  saved('retinol', 'https://shop.example/a', { analysis: analysis([], { verdict: 'avoid', okAfterHours: 168, windows: windows(168, 120) }) }),
  saved('acid', 'https://shop.example/b', { analysis: analysis([], { verdict: 'avoid', okAfterHours: 72, windows: windows(72, 72) }) }),
  saved('plain', 'https://shop.example/c'),
  saved('own', 'https://shop.example/d', { analysis: analysis([], { verdict: 'avoid', okAfterHours: null }) }),
  saved('gentle', 'https://shop.example/e', {
    analysis: analysis([], { okAfterHours: 6, windows: { pro: sessionWindows({ afterHours: 6, byFirstHours: true }), home: sessionWindows() } }),
  }),
];

describe('scheduleAlarms', () => {
  it('sets one reminder per product whose wait ends in the future, none for a wait of only the first hours', () => {
    expect(scheduleAlarms(list, profile, start + 1 * HOUR, true, BERLIN)).toEqual([
      { name: 'ready:retinol', when: start + 168 * HOUR },
      { name: 'ready:acid', when: start + 72 * HOUR },
    ]);
    expect(scheduleAlarms(list, profile, start + 100 * HOUR, true, BERLIN)).toEqual([{ name: 'ready:retinol', when: start + 168 * HOUR }]);
  });

  it('sets none without a treatment date, and no reminder when the person did not ask for them', () => {
    expect(scheduleAlarms(list, { ...profile, treatmentAt: null }, start, true, BERLIN)).toEqual([]);
    expect(scheduleAlarms(list, profile, start, false, BERLIN)).toEqual([]);
  });

  it('before the next session: a pause reminder at 18:00 of the day the pause begins, or at the pause when it begins earlier', () => {
    // Next session Tue 8 Dec 2026, 10:00 in Berlin; the last treatment long over.
    const plan = { ...profile, treatmentAt: '2026-11-03T09:00:00.000Z', booked: [{ treatmentAt: '2026-12-08T09:00:00.000Z', depth: 'pro' as const }] };
    const now = Date.parse('2026-11-30T09:00:00Z');
    expect(scheduleAlarms(list, plan, now, true, BERLIN)).toEqual([
      // Retinol pauses from Thu 3 Dec, 10:00: reminded at 10:00; the acid from Sat 5 Dec, 10:00: at 10:00.
      { name: 'pause:retinol', when: Date.parse('2026-12-03T09:00:00Z') },
      { name: 'pause:acid', when: Date.parse('2026-12-05T09:00:00Z') },
      { name: 'session:2026-12-08T09:00:00.000Z', when: Date.parse('2026-12-08T09:00:00Z') },
    ]);
    const evening = { ...plan, booked: [{ treatmentAt: '2026-12-08T19:30:00.000Z', depth: 'pro' as const }] };
    // A session at 20:30: retinol pauses from Thu 3 Dec, 20:30, and is reminded that evening at 18:00.
    expect(scheduleAlarms(list, evening, now, true, BERLIN)[0]).toEqual({ name: 'pause:retinol', when: Date.parse('2026-12-03T17:00:00Z') });
    // Without reminders only the session's own alarm, which moves the plan on.
    expect(scheduleAlarms(list, plan, now, false, BERLIN)).toEqual([{ name: 'session:2026-12-08T09:00:00.000Z', when: Date.parse('2026-12-08T09:00:00Z') }]);
  });
});

describe('syncAlarms', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await Promise.all([profileItem.setValue(profile), savedListItem.setValue(list)]);
  });

  it('creates the reminders only when notifications are on, and clears stale ones', async () => {
    await fakeBrowser.alarms.create('ready:gone', { when: start + 10 * HOUR });
    await fakeBrowser.alarms.create('other', { when: start + 10 * HOUR });
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, notifications: true });
    await syncAlarms(start);
    const names = (await fakeBrowser.alarms.getAll()).map((a) => a.name).sort();
    expect(names).toEqual(['other', 'ready:acid', 'ready:retinol']);

    await settingsItem.setValue({ ...DEFAULT_SETTINGS, notifications: false });
    await syncAlarms(start);
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toEqual(['other']);
  });
});

describe('when an alarm goes off', () => {
  const plan = { ...profile, treatmentAt: '2026-11-03T09:00:00.000Z', booked: [{ treatmentAt: '2026-12-08T09:00:00.000Z', depth: 'pro' as const }] };
  const fire = async (name: string) => {
    await fakeBrowser.alarms.onAlarm.trigger({ name, scheduledTime: Date.now(), persistAcrossSessions: true });
    await new Promise((resolve) => setTimeout(resolve, 20));
  };

  beforeEach(async () => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'n', version: '1', icons: { 48: 'icon/48.png', 128: 'icon/128.png' } });
    registerAlarms();
    await Promise.all([profileItem.setValue(plan), savedListItem.setValue(list), settingsItem.setValue({ ...DEFAULT_SETTINGS, notifications: true })]);
  });

  it('a pause reminder names the product and counts the calendar days to the session', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    vi.useFakeTimers({ now: Date.parse('2026-12-03T09:00:00Z'), toFake: ['Date'] });
    await fire('pause:retinol');
    vi.useRealTimers();
    expect(create).toHaveBeenCalledWith(
      'pause:retinol',
      expect.objectContaining({ title: 'Time to pause', message: 'Pause Product retinol tonight: your session is in\u00a05\u00a0days.' }),
    );
  });

  it('says "tomorrow" the day before, as Intl words a relative day', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    vi.useFakeTimers({ now: Date.parse('2026-12-07T09:00:00Z'), toFake: ['Date'] });
    await fire('pause:retinol');
    vi.useRealTimers();
    expect(create).toHaveBeenCalledWith('pause:retinol', expect.objectContaining({ message: 'Pause Product retinol tonight: your session is tomorrow.' }));
  });

  describe('in German', () => {
    inLanguage('de');
    it('says "übermorgen" two days before (CLDR de: the day after tomorrow has its own word)', async () => {
      const create = vi.spyOn(fakeBrowser.notifications, 'create');
      vi.useFakeTimers({ now: Date.parse('2026-12-06T09:00:00Z'), toFake: ['Date'] });
      await fire('pause:retinol');
      vi.useRealTimers();
      expect(create).toHaveBeenCalledWith(
        'pause:retinol',
        expect.objectContaining({ title: 'Zeit für die Pause', message: 'Product retinol ab heute Abend pausieren: Ihr Termin ist übermorgen.' }),
      );
    });
  });

  it('a session that has taken place becomes the current treatment in storage', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-12-08T09:00:01Z'), toFake: ['Date'] });
    await fire('session:2026-12-08T09:00:00.000Z');
    vi.useRealTimers();
    expect(await profileItem.getValue()).toMatchObject({
      treatmentAt: '2026-12-08T09:00:00.000Z',
      booked: [],
      past: [{ treatmentAt: '2026-11-03T09:00:00.000Z', depth: 'pro' }],
    });
  });
});
