// Why an edition was not posted or a subscription paused: stored as a short code (plus the
// platform's own reason where there is one) and explained in the channel's language by status.
import type { Locale } from '../reply/model.js';

export const REASON = {
  missedWindow: 'missed-window',
  interrupted: 'interrupted',
  eventRemoved: 'event-removed',
  inactive: 'subscription-inactive',
  noTarget: 'no-target',
  nothingNew: 'nothing-new',
  changeSetGone: 'change-set-gone',
  updateTooOld: 'update-too-old',
  merged: (into: string) => `merged:${into}`,
  gaveUp: (why: string) => `gave-up:${why}`,
  permanent: (why: string) => `permanent:${why}`,
} as const;

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim().slice(0, 200);

export function reasonOf(error: unknown): string {
  if (error && typeof error === 'object' && 'reason' in error && typeof error.reason === 'string' && error.reason) return clean(error.reason);
  if (error instanceof Error) return clean(error.message);
  return clean(String(error));
}

export function explainReason(code: string | null, locale: Locale, ctx: { windowHours: number }): string {
  if (!code) return '';
  const de = locale === 'de';
  const [head, ...rest] = code.split(':');
  const detail = rest.join(':');
  switch (head) {
    case 'missed-window':
      return de
        ? `nicht gepostet: Der Bot lief zur geplanten Zeit nicht und holte den Digest nicht innerhalb von ${ctx.windowHours} h nach`
        : `not posted: the bot was not running at the scheduled time and did not catch up within ${ctx.windowHours} h`;
    case 'interrupted':
      return de
        ? 'nicht gepostet: Die Zustellung wurde unterbrochen und ließ sich nicht mehr rechtzeitig abschließen'
        : 'not posted: the delivery was interrupted and could not be completed in time';
    case 'event-removed':
      return de ? 'nicht gepostet: Das Ereignis steht nicht mehr im Kalender' : 'not posted: the event is no longer in the calendar';
    case 'subscription-inactive':
      return de ? 'nicht gepostet: Das Abo war pausiert oder beendet' : 'not posted: the subscription was paused or ended';
    case 'nothing-new':
      return de ? 'ausgelassen: Seit dem vorigen Digest gab es nichts Neues' : 'skipped: nothing new since the previous digest';
    case 'change-set-gone':
      return de ? 'nicht gepostet: Die Änderungen sind nicht mehr gespeichert' : 'not posted: the changes are no longer stored';
    case 'merged':
      return de ? 'zusammen mit späteren Änderungen in einem Beitrag gepostet' : 'posted in one update together with later changes';
    case 'update-too-old':
      return de
        ? 'nicht gepostet: Die Änderungen wurden mehr als 7 Tage, bevor der Bot sie posten konnte, geladen (der nächste Digest des Kanals, falls abonniert, nennt sie)'
        : 'not posted: these changes were loaded more than 7 days before the bot could post them (the channel\'s next digest, if any, lists them)';
    case 'no-target':
      return de ? 'nicht gepostet: Diese Plattform ist nicht verbunden' : 'not posted: this platform is not connected';
    case 'gave-up':
      return de ? `aufgegeben nach wiederholten vorübergehenden Fehlern (${detail})` : `gave up after repeated temporary errors (${detail})`;
    case 'permanent':
      return de ? `von der Plattform abgelehnt (${detail}); Abo pausiert` : `refused by the platform (${detail}); subscription paused`;
    default:
      return code;
  }
}
