import { i18n } from '#i18n';
import { displayName } from '../list/display-name.ts';
import type { SavedProduct, TreatmentProfile } from '../list/model.ts';
import { upcomingSessions } from '../list/plan.ts';
import { formatDateTime, type Clock } from '../wording/calendar.ts';
import { sessionPlan } from '../wording/product-state.ts';
import { formatDuration } from '../wording/format.ts';
import { calendarText, utc, type CalendarEvent } from './ics.ts';

// The plan as a calendar (.ics): the current treatment and every booked session, and per saved product the pause
// before each session still to come and the moment it is OK again after it. A product that only waits out the
// first hours, or that never becomes OK (the person's own list), gets no events of its own.

/** `firstHours`: the first hours after a session of each kind, as the person's instructions or the defaults set them. */
export function planCalendar(profile: TreatmentProfile, list: readonly SavedProduct[], clock: Clock, firstHours: Record<'pro' | 'home', number>): string {
  const upcoming = upcomingSessions(profile, clock.now);
  const current =
    profile.treatmentAt !== null && !upcoming.some((s) => s.treatmentAt === profile.treatmentAt) ? [{ treatmentAt: profile.treatmentAt, depth: profile.depth }] : [];
  const events: CalendarEvent[] = [];
  for (const session of [...current, ...upcoming]) {
    const at = Date.parse(session.treatmentAt);
    const key = utc(at);
    const hours = firstHours[session.depth];
    events.push({
      uid: `session-${key}@needle-safe`,
      start: at,
      end: at + 3_600_000,
      summary: i18n.t(`kind.${session.depth}`),
      description: [i18n.t('ics.cleanSkin'), ...(hours > 0 ? [i18n.t('state.firstHours', [formatDuration(hours, clock.locale)])] : [])].join('\n'),
    });
    const ahead = upcoming.includes(session);
    for (const product of list) {
      const plan = sessionPlan(product.analysis, session);
      const windows = product.analysis.windows?.[session.depth];
      if (!plan || plan.resumeAt === null) continue;
      const name = displayName(product);
      if (ahead && plan.pauseHours > 0) {
        events.push({
          uid: `pause-${key}-${product.id}@needle-safe`,
          start: Date.parse(plan.pauseFrom),
          end: at,
          summary: i18n.t('ics.pause', [name]),
          description: i18n.t('ics.pauseDescription', [formatDateTime(at, clock)]),
        });
      }
      const waits = windows ? !windows.byFirstHours && (windows.afterHours ?? 0) > 0 : (product.analysis.okAfterHours ?? 0) > 0;
      if ((waits || (ahead && plan.pauseHours > 0)) && Date.parse(plan.resumeAt) > clock.now) {
        events.push({ uid: `resume-${key}-${product.id}@needle-safe`, start: Date.parse(plan.resumeAt), summary: i18n.t('ics.resume', [name]) });
      }
    }
  }
  return calendarText(events, i18n.t('ics.name'), clock.now);
}
