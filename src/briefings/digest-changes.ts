// The digest's first block: what is new since this channel's last delivered digest. Two sources,
// both relative to that digest alone (a channel that skipped days gets everything since, once):
// the dataset changes between the version that digest was built from and the version served now
// (the same change detection and headlines as update posts), and what the passing of time made
// visible since then (an outcome now dated, an edition now published). Both as of the edition
// date: a change whose record is not yet known on that date waits, and the fingerprint brings it on
// the day it becomes known.
import type { Dataset } from '../dataset/dataset.js';
import type { Locale } from '../reply/model.js';
import { formatDate, formatFigureValue, formatNumber } from '../reply/format.js';
import type { Change } from '../updates/changes.js';
import { editionsAsOf, factKnownOn, outcomeOn, sourceKnownOn } from './asof.js';
import { DIGEST_TEXT } from './digest-text.js';
import { diffFingerprints, type Fingerprint } from './fingerprint.js';

const MAX_CHANGE_LINES = 8;
const SCHEDULED = new Set(['summit', 'meeting', 'talks', 'election']);

export interface PreviousDigest {
  date: string;
  fingerprint: Fingerprint;
  /**
   * Dataset changes from the version of that digest to the version served now ([] for the same
   * version); null when they cannot be computed (a digest from before versions were kept, or a
   * version no longer stored): the fingerprint alone then says what changed.
   */
  changes?: Change[] | null;
}

/** Whether a change's record was known on `date` (no hindsight in a digest for a past date). */
export function changeKnownOn(ds: Dataset, c: Change, date: string): boolean {
  const id = c.record.id;
  switch (c.record.type) {
    case 'figure': {
      const f = ds.figures.find((x) => x.id === id);
      return f !== undefined && editionsAsOf(ds, date).has(f.edition);
    }
    case 'edition': return editionsAsOf(ds, date).has(id);
    case 'event': {
      const ev = ds.eventById.get(id);
      if (!ev) return false;
      if (c.kind === 'event-outcome') return outcomeOn(ds, ev, date) !== undefined;
      // Scheduled kinds are known ahead; an announcement only from its day.
      return SCHEDULED.has(ev.kind) || ev.date <= date;
    }
    case 'source': {
      const s = ds.sourceById.get(id);
      return s !== undefined && sourceKnownOn(s, date);
    }
    case 'fact': {
      const f = ds.factById.get(id);
      return f !== undefined && factKnownOn(ds, f, date);
    }
    case 'discrepancy': {
      const d = ds.discrepancyById.get(id);
      return d !== undefined && d.sources.some((s) => { const src = ds.sourceById.get(s); return src !== undefined && sourceKnownOn(src, date); });
    }
    default: return true;
  }
}

export interface ChangesBlock {
  text: string;
  /** Lines of news (0: nothing new; -1: a first digest). */
  count: number;
  /** Sources of the changes listed (cited under the digest, as of its date). */
  sources: string[];
}

export function changesBlock(ds: Dataset, date: string, locale: Locale, prev: PreviousDigest | null | undefined): ChangesBlock {
  const t = DIGEST_TEXT[locale];
  if (!prev) return { text: t.firstDigest, count: -1, sources: [] };
  const since = formatDate(prev.date, locale);
  const c = diffFingerprints(ds, date, prev.fingerprint);
  const all = prev.changes ?? [];
  const shown = all.filter((x) => changeKnownOn(ds, x, date));
  // What the version changes already cover (shown, or held back as not yet known on this date).
  const events = new Set(all.filter((x) => x.record.type === 'event').map((x) => x.record.id));
  const figures = new Set(all.filter((x) => x.kind === 'figure-revised').map((x) => x.record.id));
  const editions = new Set(all.filter((x) => x.kind === 'edition-new' || x.kind === 'erratum').map((x) => x.record.id));
  const addedPrefixes = all.filter((x) => x.kind === 'figures-added').map((x) => x.id.split(':').slice(0, 3).join(':'));
  const coveredAdd = (edition: string, mineral: string): boolean => editions.has(edition) || addedPrefixes.includes(`figures-added:${edition}:${mineral}`);

  const lines: string[] = [];
  if (c.versionFrom !== c.versionTo) lines.push(t.version(c.versionFrom, c.versionTo));
  for (const x of shown) lines.push(`${x.headline[locale]} (${x.link})`);
  for (const ev of c.newOutcomes) if (!events.has(ev.id)) lines.push(t.outcome(ev.title[locale]));
  for (const ev of c.newEvents) if (!events.has(ev.id)) lines.push(t.newEvent(ev.title[locale], formatDate(ev.date, locale)));
  for (const { figure, was } of c.revised) {
    if (figures.has(figure.id)) continue;
    const mineral = ds.mineralById.get(figure.mineral);
    const country = ds.countryById.get(figure.country);
    const unit = mineral?.unit.symbol ?? '';
    const what = `${mineral?.name[locale] ?? figure.mineral}, ${country?.name[locale] ?? figure.country}, ${figure.measure}${figure.year ? ` ${figure.year}` : ''} (${ds.editionById.get(figure.edition)?.label ?? figure.edition})`;
    const wasText = was === null ? formatFigureValue({ value: null, mark: 'NA' }, unit, locale) : `${formatNumber(was, locale)} ${unit}`;
    lines.push(t.revisedOne(what, formatFigureValue(figure, unit, locale), wasText));
  }
  const added = c.added.filter((f) => !figures.has(f.id) && !coveredAdd(f.edition, f.mineral));
  if (added.length) {
    const labels = [...new Set(added.map((f) => ds.editionById.get(f.edition)?.label ?? f.edition))];
    lines.push(`${t.added(added.length)} (${labels.join(', ')}).`);
  }
  if (c.removed) lines.push(t.removed(c.removed));
  if (!lines.length) return { text: t.noChanges(since), count: 0, sources: [] };
  const out = lines.slice(0, MAX_CHANGE_LINES).map((l) => `• ${l}`);
  if (lines.length > MAX_CHANGE_LINES) out.push(t.moreChanges(lines.length - MAX_CHANGE_LINES));
  return { text: [t.changes(since), ...out].join('\n'), count: lines.length, sources: shown.slice(0, MAX_CHANGE_LINES).flatMap((x) => x.sources) };
}
