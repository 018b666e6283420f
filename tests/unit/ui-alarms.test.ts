import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { scheduleReadyAlarms, syncReadyAlarms } from '../../src/background/alarms.ts';
import { DEFAULT_PROFILE, type TreatmentProfile } from '../../src/list/model.ts';
import { profileItem, savedListItem, settingsItem } from '../../src/list/storage.ts';
import { analysis, saved } from './ui-fixtures.ts';

const HOUR = 3_600_000;
const profile: TreatmentProfile = { ...DEFAULT_PROFILE, treatmentAt: '2025-11-25T14:00:00.000Z', depth: 'pro', onboarded: true };
const start = Date.parse(profile.treatmentAt as string);
const list = [
  saved('retinol', 'https://shop.example/a', { analysis: analysis([], { verdict: 'avoid', okAfterHours: 168 }) }),
  saved('acid', 'https://shop.example/b', { analysis: analysis([], { verdict: 'avoid', okAfterHours: 72 }) }),
  saved('plain', 'https://shop.example/c'),
  saved('own', 'https://shop.example/d', { analysis: analysis([], { verdict: 'avoid', okAfterHours: null }) }),
];

describe('scheduleReadyAlarms', () => {
  it('sets one alarm per product whose window ends in the future', () => {
    expect(scheduleReadyAlarms(list, profile, start + 100 * HOUR)).toEqual([
      { name: 'ready:retinol', when: start + 168 * HOUR },
    ]);
  });

  it('sets none without a treatment date', () => {
    expect(scheduleReadyAlarms(list, { ...profile, treatmentAt: null }, start)).toEqual([]);
  });
});

describe('syncReadyAlarms', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await Promise.all([profileItem.setValue(profile), savedListItem.setValue(list)]);
  });

  it('creates the alarms only when notifications are on, and clears stale ones', async () => {
    await fakeBrowser.alarms.create('ready:gone', { when: start + 10 * HOUR });
    await fakeBrowser.alarms.create('other', { when: start + 10 * HOUR });
    await settingsItem.setValue({ marksOnPage: true, notifications: true, avoidList: [] });
    await syncReadyAlarms(start);
    const names = (await fakeBrowser.alarms.getAll()).map((a) => a.name).sort();
    expect(names).toEqual(['other', 'ready:acid', 'ready:retinol']);

    await settingsItem.setValue({ marksOnPage: true, notifications: false, avoidList: [] });
    await syncReadyAlarms(start);
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toEqual(['other']);
  });
});
