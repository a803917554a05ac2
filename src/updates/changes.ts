// What changed between two dataset versions, as news: new events, outcomes recorded, dates moved,
// figures revised (a new edition, an erratum, a corrected value), new editions, sources, facts,
// discrepancies, minerals, countries and element notes. Wording edits are not news and produce
// nothing. Each change has a stable id (the same edit gives the same id on every replica), a
// one-line headline in English and German, a link to its record and its sources.
import type { Dataset } from '../dataset/dataset.js';
import type { Edition, Event, Figure, I18nText } from '../dataset/schema.js';
import { HEADLINES as H } from './headlines.js';

export type ChangeKind =
  | 'event-new' | 'event-outcome' | 'event-dates'
  | 'figure-revised' | 'figures-added' | 'edition-new' | 'erratum'
  | 'source-new' | 'fact-new' | 'discrepancy-new' | 'mineral-new' | 'country-new' | 'element-note';

export type RecordType = 'event' | 'figure' | 'edition' | 'source' | 'fact' | 'discrepancy' | 'mineral' | 'country' | 'element';

export interface Change {
  /** Stable: derived from the record and the new content only. */
  id: string;
  kind: ChangeKind;
  record: { type: RecordType; id: string };
  headline: I18nText;
  /** The command that shows the record ("/summit trump-xi-busan"). */
  link: string;
  /** Source ids, cited under the post. */
  sources: string[];
}

type WithHeadline = { headline?: I18nText | undefined };

/** The editor's headline applies in the version where it is added or changed. */
function editorHeadline(prev: WithHeadline | undefined, next: WithHeadline): I18nText | undefined {
  const h = next.headline;
  if (!h) return undefined;
  const p = prev?.headline;
  return p && p.en === h.en && p.de === h.de ? undefined : h;
}

const figureSlot = (f: Figure): string => `${f.mineral}|${f.country}|${f.measure}|${f.year ?? ''}`;
const sameValue = (a: Figure, b: Figure): boolean => a.value === b.value && (a.qualifier ?? '') === (b.qualifier ?? '') && (a.mark ?? '') === (b.mark ?? '');
const figureLink = (f: Figure): string => `/${f.measure === 'reserves' ? 'reserves' : 'production'} ${f.country} ${f.mineral}`;
const figureValueId = (f: Figure): string => `${f.qualifier ?? ''}${f.value ?? f.mark ?? 'null'}`;

/**
 * The figure a new figure replaces: the same slot in the edition it corrects, else in the newest
 * older edition that has the slot.
 */
function predecessor(next: Dataset, f: Figure, edition: Edition): Figure | undefined {
  const candidates = next.figures.filter((x) => x.id !== f.id && figureSlot(x) === figureSlot(f));
  const order = (x: Figure): number => next.editionById.get(x.edition)?.order ?? -Infinity;
  if (edition.corrects) {
    const corrected = candidates.find((x) => x.edition === edition.corrects);
    if (corrected) return corrected;
  }
  return candidates.filter((x) => order(x) < edition.order).sort((a, b) => order(b) - order(a))[0];
}

function figureChanges(prev: Dataset, next: Dataset): Change[] {
  const out: Change[] = [];
  const prevById = new Map(prev.figures.map((f) => [f.id, f]));
  const added = new Map<string, Figure[]>();
  for (const f of next.figures) {
    const edition = next.editionById.get(f.edition)!;
    const old = prevById.get(f.id);
    let was: Figure | undefined;
    if (old) {
      if (sameValue(old, f)) continue;
      was = old;
    } else {
      was = predecessor(next, f, edition);
      if (!was || sameValue(was, f)) {
        // New in the dataset with nothing it replaces (or the same value again): counted per edition.
        if (!was) {
          const k = `${f.edition}|${f.mineral}`;
          added.set(k, [...(added.get(k) ?? []), f]);
        }
        continue;
      }
    }
    out.push({
      id: `figure-revised:${f.id}:${figureValueId(f)}`,
      kind: 'figure-revised',
      record: { type: 'figure', id: f.id },
      headline: editorHeadline(old, f) ?? H.figureRevised(next, f, was, edition),
      link: figureLink(f),
      sources: [...new Set([...f.sources, ...edition.sources])],
    });
  }
  const newEditions = new Set(next.editions.filter((e) => !prev.editionById.has(e.id)).map((e) => e.id));
  for (const [k, figures] of added) {
    const [editionId, mineral] = k.split('|') as [string, string];
    // A new edition announces its figures in its own change.
    if (newEditions.has(editionId)) continue;
    const ids = figures.map((f) => f.id).sort();
    out.push({
      id: `figures-added:${editionId}:${mineral}:${ids.length}:${ids[0]}`,
      kind: 'figures-added',
      record: { type: 'figure', id: ids[0]! },
      headline: H.figuresAdded(next, next.editionById.get(editionId)!, mineral, figures.length),
      link: `/reserves ${mineral}`,
      sources: [...new Set(figures.flatMap((f) => f.sources))],
    });
  }
  return out;
}

function editionChanges(prev: Dataset, next: Dataset): Change[] {
  return next.editions.filter((e) => !prev.editionById.has(e.id)).map((e) => {
    const figures = next.figures.filter((f) => f.edition === e.id);
    const minerals = [...new Set(figures.map((f) => f.mineral))];
    return {
      id: `${e.corrects ? 'erratum' : 'edition-new'}:${e.id}`,
      kind: e.corrects ? 'erratum' as const : 'edition-new' as const,
      record: { type: 'edition' as const, id: e.id },
      headline: editorHeadline(undefined, e) ?? (e.corrects ? H.erratum(next, e, figures.length) : H.editionNew(next, e, figures.length, minerals)),
      link: `/reserves ${minerals[0] ?? ''}`.trim(),
      sources: e.sources,
    };
  });
}

function eventChanges(prev: Dataset, next: Dataset): Change[] {
  const out: Change[] = [];
  const link = (ev: Event): string => `/summit ${ev.id}`;
  for (const ev of next.events) {
    const old = prev.eventById.get(ev.id);
    const own = editorHeadline(old, ev);
    if (!old) {
      out.push({ id: `event-new:${ev.id}`, kind: 'event-new', record: { type: 'event', id: ev.id }, headline: own ?? H.eventNew(ev), link: link(ev), sources: ev.sources });
      continue;
    }
    if (ev.outcome && !old.outcome) {
      out.push({ id: `event-outcome:${ev.id}`, kind: 'event-outcome', record: { type: 'event', id: ev.id }, headline: own ?? H.eventOutcome(ev), link: link(ev), sources: ev.sources });
    }
    if (ev.date !== old.date || (ev.end_date ?? '') !== (old.end_date ?? '')) {
      out.push({
        id: `event-dates:${ev.id}:${ev.date}:${ev.end_date ?? ''}`,
        kind: 'event-dates',
        record: { type: 'event', id: ev.id },
        headline: own ?? H.eventDates(ev, old),
        link: link(ev),
        sources: ev.sources,
      });
    }
  }
  return out;
}

function recordChanges(prev: Dataset, next: Dataset): Change[] {
  const out: Change[] = [];
  for (const s of next.sources) {
    if (prev.sourceById.has(s.id)) continue;
    out.push({ id: `source-new:${s.id}`, kind: 'source-new', record: { type: 'source', id: s.id }, headline: editorHeadline(undefined, s) ?? H.sourceNew(s), link: `/sources ${s.id}`, sources: [s.id] });
  }
  for (const f of next.facts) {
    if (prev.factById.has(f.id)) continue;
    out.push({ id: `fact-new:${f.id}`, kind: 'fact-new', record: { type: 'fact', id: f.id }, headline: editorHeadline(undefined, f) ?? H.factNew(f), link: `/sources ${f.sources[0]}`, sources: f.sources });
  }
  for (const d of next.discrepancies) {
    if (prev.discrepancyById.has(d.id)) continue;
    const where = d.countries[0] && d.minerals[0] ? `/${d.measure === 'production' ? 'production' : 'reserves'} ${d.countries[0]} ${d.minerals[0]}` : `/sources ${d.sources[0]}`;
    out.push({ id: `discrepancy-new:${d.id}`, kind: 'discrepancy-new', record: { type: 'discrepancy', id: d.id }, headline: editorHeadline(undefined, d) ?? H.discrepancyNew(d), link: where, sources: d.sources });
  }
  for (const m of next.minerals) {
    if (prev.mineralById.has(m.id)) continue;
    out.push({ id: `mineral-new:${m.id}`, kind: 'mineral-new', record: { type: 'mineral', id: m.id }, headline: H.mineralNew(m), link: `/reserves ${m.id}`, sources: m.sources });
  }
  for (const c of next.countries) {
    if (prev.countryById.has(c.id)) continue;
    out.push({ id: `country-new:${c.id}`, kind: 'country-new', record: { type: 'country', id: c.id }, headline: H.countryNew(c), link: `/reserves ${c.id}`, sources: [] });
  }
  for (const e of next.elements) {
    const old = prev.elementBySymbol.get(e.symbol);
    // A new or changed note (an export control, a reclassification) is news; new uses are not.
    if (!e.note || (old?.note && old.note.en === e.note.en)) continue;
    out.push({ id: `element-note:${e.symbol}:${e.note.en.length}:${e.note.en.slice(0, 24)}`, kind: 'element-note', record: { type: 'element', id: e.symbol }, headline: H.elementNote(e), link: `/element ${e.symbol}`, sources: e.sources });
  }
  return out;
}

const ORDER: readonly ChangeKind[] = [
  'event-outcome', 'event-new', 'event-dates', 'erratum', 'edition-new', 'figure-revised', 'figures-added',
  'discrepancy-new', 'fact-new', 'element-note', 'mineral-new', 'country-new', 'source-new',
];

/** The changes from `prev` to `next`, most newsworthy first. */
export function diffDatasets(prev: Dataset, next: Dataset): Change[] {
  const all = [...eventChanges(prev, next), ...editionChanges(prev, next), ...figureChanges(prev, next), ...recordChanges(prev, next)];
  // A new source cited by another change (a new event's report, a new edition) is shown under that
  // change; on its own it is news only when nothing else brought it.
  const cited = new Set(all.filter((c) => c.kind !== 'source-new').flatMap((c) => c.sources));
  return sortChanges(all.filter((c) => c.kind !== 'source-new' || !cited.has(c.record.id)));
}

/** Most newsworthy first (outcomes, new events, moved dates, errata and editions, revised figures, …). */
export function sortChanges(changes: Change[]): Change[] {
  return changes.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || a.id.localeCompare(b.id));
}
