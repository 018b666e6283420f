import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { TreatmentProfile } from '../list/model.ts';
import { nextSession } from '../list/plan.ts';
import type { TabState } from '../messaging/protocol.ts';
import { localTimeZone } from '../wording/calendar.ts';
import { badgeFor } from './badge.ts';

// The per-tab analyses live in storage.session, never in the worker's memory: the worker may be
// stopped at any time and the popup must still find the analysis of its tab. Only the worker reads
// and writes them (the popup asks with popupView and getTab), so their storage item is defined here.

/** The analysis of one tab; storage.session survives service-worker restarts and ends with the browser session. */
export function tabStateItem(tabId: number) {
  return storage.defineItem<TabState | null>(`session:tab:${tabId}`, { fallback: null, version: 1 });
}

type Plan = Pick<TreatmentProfile, 'treatmentAt' | 'depth' | 'booked'>;

/** Keeps the tab's analysis and shows it on the badge, relative to the current treatment and the next session. */
export async function setTabState(tabId: number, state: TabState, profile: Plan): Promise<void> {
  await tabStateItem(tabId).setValue(state);
  await showBadge(tabId, state, profile);
}

export async function getTabState(tabId: number): Promise<TabState | null> {
  return tabStateItem(tabId).getValue();
}

export async function clearTabState(tabId: number): Promise<void> {
  await tabStateItem(tabId).removeValue();
  await Promise.all([browser.action.setBadgeText({ tabId, text: '' }), browser.action.setTitle({ tabId, title: '' })]).catch(ignoreClosedTab);
}

export async function showBadge(tabId: number, state: TabState, profile: Plan): Promise<void> {
  const now = Date.now();
  const clock = { now, locale: browser.i18n.getUILanguage(), timeZone: localTimeZone() };
  const badge = badgeFor(state.analysis, profile.treatmentAt, clock, nextSession(profile, now));
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badge.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    browser.action.setTitle({ tabId, title: badge.title }),
  ]).catch(ignoreClosedTab);
}

/** A tab can close between a message and its badge; that is not an error worth reporting. */
function ignoreClosedTab(error: unknown): void {
  if (!/no tab|invalid tab/i.test(String(error))) throw error;
}
