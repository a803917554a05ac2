// Summit briefings from the event calendar: a preview the day before an event, a briefing on its
// day, and an outcome summary once its outcome is recorded (new since the channel's last digest).
// Each has its own ledger key, so each reaches a channel exactly once.
import type { Dataset } from '../dataset/dataset.js';
import type { Event } from '../dataset/schema.js';
import type { Locale, Reply, ReplyField } from '../reply/model.js';
import { formatDate, formatList } from '../reply/format.js';
import { participantsIn } from '../commands/common.js';
import { factKnownOn, outcomeOn, replySources } from './asof.js';
import { SUMMIT_TEXT } from './digest-text.js';
import { hasOutcome, type Fingerprint } from './fingerprint.js';
import { addDays } from './schedule.js';

/** Event kinds that are scheduled meetings and so get previews and day briefings. */
export const BRIEFING_KINDS: readonly Event['kind'][] = ['summit', 'meeting', 'talks'];

export type SummitKind = 'summit-preview' | 'summit-day' | 'summit-outcome';

export interface EditionPlan {
  key: string;
  kind: 'digest' | SummitKind | 'update';
  /** The event of a summit briefing; the change set of an update. */
  eventId?: string;
}

export const digestKey = (date: string): string => `digest:${date}`;

/**
 * Everything a subscription is owed for `date`, digest first. Outcome summaries need the
 * fingerprint of the channel's previous digest: an outcome counts only if it is new since then.
 */
export function editionsFor(ds: Dataset, date: string, previous: Fingerprint | null): EditionPlan[] {
  const plans: EditionPlan[] = [{ key: digestKey(date), kind: 'digest' }];
  const tomorrow = addDays(date, 1);
  const events = [...ds.events].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  for (const ev of events) {
    if (!BRIEFING_KINDS.includes(ev.kind)) continue;
    if (ev.date === tomorrow) plans.push({ key: `summit-preview:${ev.id}:${date}`, kind: 'summit-preview', eventId: ev.id });
    if (ev.date === date) plans.push({ key: `summit-day:${ev.id}:${date}`, kind: 'summit-day', eventId: ev.id });
  }
  if (previous) {
    for (const ev of events) {
      if (!BRIEFING_KINDS.includes(ev.kind) || !outcomeOn(ds, ev, date) || ev.date > date) continue;
      if (ev.id in previous.e && !hasOutcome(previous, ev.id)) plans.push({ key: `summit-outcome:${ev.id}`, kind: 'summit-outcome', eventId: ev.id });
    }
  }
  return plans;
}

export function buildSummitBriefing(ds: Dataset, ev: Event, kind: SummitKind, date: string, locale: Locale): Reply {
  const t = SUMMIT_TEXT[locale];
  const title = kind === 'summit-preview' ? t.previewTitle(ev.title[locale])
    : kind === 'summit-day' ? t.dayTitle(ev.title[locale]) : t.outcomeTitle(ev.title[locale]);
  const when = ev.end_date && ev.end_date !== ev.date ? `${formatDate(ev.date, locale)} – ${formatDate(ev.end_date, locale)}` : formatDate(ev.date, locale);
  const fields: ReplyField[] = [
    { label: t.when, value: when, inline: true },
    { label: t.where, value: ev.place[locale], inline: true },
  ];
  if (ev.participants.length) fields.push({ label: t.who, value: formatList(participantsIn(locale, ev), locale) });
  // Built as of `date`: a preview carries no summary (it is written after the event), and the
  // outcome shows only once it is dated on or before `date`.
  const blocks = kind === 'summit-preview' ? [] : [ev.summary[locale]];
  const outcome = outcomeOn(ds, ev, date);
  if (kind !== 'summit-preview' && ev.agreed) fields.push({ label: t.agreed, value: ev.agreed[locale] });
  if (kind === 'summit-outcome' && outcome) blocks.unshift(outcome[locale]);
  else if (kind === 'summit-day' && outcome) fields.push({ label: t.outcome, value: outcome[locale] });
  const related = ds.facts.filter((f) => f.events.includes(ev.id) && factKnownOn(ds, f, date)).slice(0, 2);
  for (const f of related) blocks.push(`${t.context}: ${f.text[locale]}`);
  return {
    kind: 'briefing',
    locale,
    title,
    blocks,
    fields,
    sources: replySources(ds, [...ev.sources, ...related.flatMap((f) => f.sources)], locale, date),
    footer: t.footer(ds.meta.version, formatDate(date, locale)),
  };
}
