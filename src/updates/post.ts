// An update post: the changes of one dataset version, as one message per channel (a burst of
// twenty changes is one post, not twenty), each change one line with the command that shows it.
import type { Dataset } from '../dataset/dataset.js';
import { replySources } from '../briefings/asof.js';
import { formatNumber } from '../reply/format.js';
import type { Locale, Reply } from '../reply/model.js';
import type { ChangeSetRow } from '../store/index.js';
import { sortChanges, type Change } from './changes.js';

/** Lines shown per post; the rest are counted ("… and 12 more"). */
export const MAX_LINES = 12;
const MAX_SOURCES = 8;

const TEXT = {
  en: {
    title: (n: number) => (n === 1 ? 'Lodestone update' : `Lodestone update: ${formatNumber(n, 'en')} changes`),
    more: (n: number) => `… and ${formatNumber(n, 'en')} more change${n === 1 ? '' : 's'} in this version.`,
    footer: (from: string, to: string) => `Dataset ${from} → ${to}`,
  },
  de: {
    title: (n: number) => (n === 1 ? 'Lodestone-Aktualisierung' : `Lodestone-Aktualisierung: ${formatNumber(n, 'de')} Änderungen`),
    more: (n: number) => `… und ${formatNumber(n, 'de')} ${n === 1 ? 'weitere Änderung' : 'weitere Änderungen'} in dieser Version.`,
    footer: (from: string, to: string) => `Datensatz ${from} → ${to}`,
  },
} satisfies Record<Locale, unknown>;

export function parseChanges(cs: Pick<ChangeSetRow, 'changes'>): Change[] {
  const v: unknown = JSON.parse(cs.changes);
  return Array.isArray(v) ? (v as Change[]) : [];
}

/**
 * Several change sets as one post (a channel's held or late updates), oldest first in `sets`: each
 * record's newest change only (a figure revised twice shows its latest value), from the first
 * set's version to the last's.
 */
export function combineSets(sets: readonly ChangeSetRow[]): ChangeSetRow {
  const last = sets[sets.length - 1]!;
  const byRecord = new Map<string, Change>();
  for (const cs of sets) for (const c of parseChanges(cs)) byRecord.set(`${c.kind}|${c.record.type}|${c.record.id}`, c);
  const changes = sortChanges([...byRecord.values()]);
  return { ...last, fromHash: sets[0]!.fromHash, fromVersion: sets[0]!.fromVersion, changes: JSON.stringify(changes), changeCount: changes.length };
}

export function buildUpdatePost(ds: Dataset, cs: ChangeSetRow, locale: Locale): Reply {
  const t = TEXT[locale];
  const changes = parseChanges(cs);
  const shown = changes.slice(0, MAX_LINES);
  const lines = shown.map((c) => `• ${c.headline[locale]} (${c.link})`);
  if (changes.length > shown.length) lines.push(t.more(changes.length - shown.length));
  return {
    kind: 'briefing',
    locale,
    title: t.title(changes.length),
    blocks: [lines.join('\n')],
    sources: replySources(ds, shown.flatMap((c) => c.sources), locale).slice(0, MAX_SOURCES),
    footer: t.footer(cs.fromVersion, cs.version),
  };
}
