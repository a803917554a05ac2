// The rules of `lodestone data check` that go beyond one file's schema: unique ids, references
// between files, figure consistency, dates, editions and safe text. Pure: runs on parsed data.
import { DATASET_FILES, type Figure, type RawDataset } from './schema.js';
import { formatPath, type DataError, type PathPart } from './errors.js';
import { aliasCollisions, findMentions, suggest, type Issue } from './check-text.js';
import { styleIssues } from './check-style.js';
import { vocabularyIssues } from './check-vocabulary.js';

export type { Issue } from './check-text.js';

/** Where each figure came from (figures are split over several files). Parallel to raw.figures. */
export interface Origins {
  figures: readonly { file: string; index: number }[];
}

const F = DATASET_FILES;
const SANE_FROM = '1950-01-01';
const SANE_YEARS_AHEAD = 10;

const fmt = (n: number): string => n.toLocaleString('en-US');

/** All rule violations, with structured paths (the loader turns them into line numbers). */
export function findIssues(raw: RawDataset, origins?: Origins): Issue[] {
  const issues: Issue[] = [];
  const push = (file: string, at: PathPart[], reason: string): void => {
    issues.push({ file, at, reason });
  };
  const figAt = (i: number): { file: string; index: number } =>
    origins?.figures[i] ?? { file: F.figures, index: i };

  // --- unique ids ---------------------------------------------------------------------------
  const unique = <T>(items: readonly T[], file: string, key: (t: T) => string | number, field: string, at: (i: number) => { file: string; index: number } = (i) => ({ file, index: i })): void => {
    const seen = new Map<string | number, number>();
    items.forEach((item, i) => {
      const k = key(item);
      const first = seen.get(k);
      if (first === undefined) {
        seen.set(k, i);
        return;
      }
      const here = at(i);
      const there = at(first);
      const where = there.file === here.file ? `[${there.index}]` : `${there.file} [${there.index}]`;
      push(here.file, [here.index, field], `duplicate ${field} "${k}" (first at ${where})`);
    });
  };
  unique(raw.sources, F.sources, (s) => s.id, 'id');
  unique(raw.countries, F.countries, (c) => c.id, 'id');
  unique(raw.minerals, F.minerals, (m) => m.id, 'id');
  unique(raw.editions, F.editions, (e) => e.id, 'id');
  unique(raw.editions, F.editions, (e) => e.order, 'order');
  unique(raw.figures, F.figures, (f) => f.id, 'id', figAt);
  unique(raw.elements, F.elements, (e) => e.symbol, 'symbol');
  unique(raw.elements, F.elements, (e) => e.z, 'z');
  unique(raw.events, F.events, (e) => e.id, 'id');
  unique(raw.facts, F.facts, (f) => f.id, 'id');
  unique(raw.discrepancies, F.discrepancies, (d) => d.id, 'id');

  // --- references ---------------------------------------------------------------------------
  const ids = {
    source: new Set(raw.sources.map((s) => s.id)),
    country: new Set(raw.countries.map((c) => c.id)),
    mineral: new Set(raw.minerals.map((m) => m.id)),
    edition: new Set(raw.editions.map((e) => e.id)),
    element: new Set(raw.elements.map((e) => e.symbol)),
    event: new Set(raw.events.map((e) => e.id)),
  };
  type Kind = keyof typeof ids;
  const ref = (kind: Kind, value: string, file: string, at: PathPart[]): void => {
    if (!ids[kind].has(value)) push(file, at, `unknown ${kind} "${value}"${suggest(value, ids[kind])}`);
  };
  const refs = (kind: Kind, values: readonly string[], file: string, at: PathPart[]): void => {
    values.forEach((v, k) => ref(kind, v, file, [...at, k]));
  };

  raw.minerals.forEach((m, i) => refs('source', m.sources, F.minerals, [i, 'sources']));
  raw.editions.forEach((e, i) => refs('source', e.sources, F.editions, [i, 'sources']));
  raw.elements.forEach((e, i) => refs('source', e.sources, F.elements, [i, 'sources']));
  raw.figures.forEach((f, i) => {
    const { file, index } = figAt(i);
    ref('mineral', f.mineral, file, [index, 'mineral']);
    ref('country', f.country, file, [index, 'country']);
    ref('edition', f.edition, file, [index, 'edition']);
    refs('source', f.sources, file, [index, 'sources']);
  });
  raw.events.forEach((e, i) => {
    if (e.place_country !== undefined) ref('country', e.place_country, F.events, [i, 'place_country']);
    if (e.participants_de && e.participants_de.length !== e.participants.length) issues.push({ file: F.events, at: [i, 'participants_de'], reason: `participants_de has ${e.participants_de.length} names, participants ${e.participants.length}` });
  });
  for (const [file, items] of [[F.events, raw.events], [F.facts, raw.facts], [F.discrepancies, raw.discrepancies]] as const) {
    items.forEach((item, i) => {
      refs('country', item.countries, file, [i, 'countries']);
      refs('mineral', item.minerals, file, [i, 'minerals']);
      refs('element', item.elements, file, [i, 'elements']);
      if ('events' in item) refs('event', item.events, file, [i, 'events']);
      refs('source', item.sources, file, [i, 'sources']);
    });
  }
  raw.discrepancies.forEach((d, i) => {
    // A disputed word no text of its events states would never bring the note to an answer.
    const texts = (lang: 'en' | 'de'): string => raw.events.filter((e) => d.events.includes(e.id))
      .flatMap((e) => [e.title, e.summary, e.agreed, e.outcome].map((x) => x?.[lang] ?? '')).join(' ').toLowerCase();
    // (An unknown event is reported above; its words cannot be read.)
    for (const lang of d.events.every((id) => raw.events.some((e) => e.id === id)) ? ['en', 'de'] as const : []) {
      const all = texts(lang);
      (d.disputed?.[lang] ?? []).forEach((w, k) => {
        if (!all.includes(w.toLowerCase())) push(F.discrepancies, [i, 'disputed', lang, k], `"${w}" is in no ${lang === 'en' ? 'English' : 'German'} text of the discrepancy's events`);
      });
    }
    d.claims.forEach((c, k) => {
      ref('source', c.source, F.discrepancies, [i, 'claims', k, 'source']);
      if (c.edition !== undefined) ref('edition', c.edition, F.discrepancies, [i, 'claims', k, 'edition']);
    });
  });

  // --- editions -----------------------------------------------------------------------------
  const editionById = new Map(raw.editions.map((e) => [e.id, e]));
  raw.editions.forEach((e, i) => {
    if (e.corrects === undefined) return;
    const target = editionById.get(e.corrects);
    if (e.corrects === e.id) push(F.editions, [i, 'corrects'], 'an edition cannot correct itself');
    else if (!target) push(F.editions, [i, 'corrects'], `unknown edition "${e.corrects}"${suggest(e.corrects, ids.edition)}`);
    else if (target.corrects !== undefined) push(F.editions, [i, 'corrects'], `"${e.corrects}" is itself a correction; correct the original edition instead`);
    else if (e.order <= target.order) push(F.editions, [i, 'order'], `order ${e.order} must be above the order of the corrected edition "${target.id}" (${target.order})`);
  });
  const figureEditions = new Set(raw.figures.map((f) => f.edition));
  raw.editions.forEach((e, i) => {
    if (!figureEditions.has(e.id)) push(F.editions, [i, 'id'], `edition "${e.id}" has no figures`);
  });

  // --- figures: one value per key, reserves without year, country never above world ----------
  const keyOf = (f: Figure): string => `${f.mineral}|${f.country}|${f.measure}|${f.edition}|${f.year ?? ''}`;
  const byKey = new Map<string, number>();
  raw.figures.forEach((f, i) => {
    const { file, index } = figAt(i);
    if (f.measure === 'reserves' && f.year !== undefined) push(file, [index, 'year'], 'reserves have no data year; remove year');
    if (f.qualifier !== undefined && f.value === null) push(file, [index, 'qualifier'], 'a qualifier needs a value');
    const k = keyOf(f);
    const first = byKey.get(k);
    if (first === undefined) byKey.set(k, i);
    else {
      const other = raw.figures[first]!;
      push(file, [index], `duplicate figure: "${other.id}" already gives ${f.mineral} ${f.measure}${f.year !== undefined ? ` ${f.year}` : ''} for ${f.country} in ${f.edition}`);
    }
  });
  const worldFor = (f: Figure): Figure | undefined => {
    const own = byKey.get(keyOf({ ...f, country: 'WORLD' }));
    if (own !== undefined) return raw.figures[own];
    const corrected = editionById.get(f.edition)?.corrects;
    if (corrected === undefined) return undefined;
    const base = byKey.get(keyOf({ ...f, country: 'WORLD', edition: corrected }));
    return base === undefined ? undefined : raw.figures[base];
  };
  raw.figures.forEach((f, i) => {
    if (f.country === 'WORLD' || f.value === null) return;
    const world = worldFor(f);
    if (!world || world.value === null || f.value <= world.value) return;
    const { file, index } = figAt(i);
    push(file, [index, 'value'], `${f.country} ${fmt(f.value)} exceeds the WORLD figure ${fmt(world.value)} ("${world.id}") for ${f.mineral} ${f.measure}${f.year !== undefined ? ` ${f.year}` : ''} in ${world.edition}`);
  });

  // --- dates ----------------------------------------------------------------------------------
  const asOf = raw.meta.as_of;
  const saneTo = `${Number(asOf.slice(0, 4)) + SANE_YEARS_AHEAD}${asOf.slice(4)}`;
  raw.events.forEach((e, i) => {
    if (e.date < SANE_FROM || e.date > saneTo) push(F.events, [i, 'date'], `date ${e.date} is outside the sane range ${SANE_FROM} to ${saneTo}`);
    if (e.end_date !== undefined && e.end_date < e.date) push(F.events, [i, 'end_date'], `end_date ${e.end_date} is before date ${e.date}`);
    if (e.outcome_date !== undefined) {
      if (!e.outcome) push(F.events, [i, 'outcome_date'], 'outcome_date without an outcome; add the outcome or remove the date');
      if (e.outcome_date < e.date) push(F.events, [i, 'outcome_date'], `outcome_date ${e.outcome_date} is before date ${e.date}`);
      if (e.outcome_date > asOf) push(F.events, [i, 'outcome_date'], `outcome_date ${e.outcome_date} is after the dataset's as_of ${asOf}; raise as_of in ${F.meta}`);
    }
    for (const id of e.suspends) {
      const target = raw.events.find((x) => x.id === id);
      if (!target) push(F.events, [i, 'suspends'], `suspends unknown event "${id}"`);
      else if (target.date > e.date) push(F.events, [i, 'suspends'], `suspends "${id}", which is dated after it`);
    }
    if (e.suspended_until !== undefined && !e.suspends.length) push(F.events, [i, 'suspended_until'], 'suspended_until without suspends; name the suspended events');
    if (e.suspended_until !== undefined && e.suspended_until < e.date) push(F.events, [i, 'suspended_until'], `suspended_until ${e.suspended_until} is before date ${e.date}`);
  });
  raw.sources.forEach((s, i) => {
    if (s.published !== undefined && s.published > asOf) push(F.sources, [i, 'published'], `published ${s.published} is after the dataset's as_of ${asOf}; raise as_of in ${F.meta}`);
  });
  raw.editions.forEach((e, i) => {
    if (e.published !== undefined && e.published > asOf) push(F.editions, [i, 'published'], `published ${e.published} is after the dataset's as_of ${asOf}; raise as_of in ${F.meta}`);
  });

  // --- names and text -----------------------------------------------------------------------
  issues.push(
    ...aliasCollisions(F.countries, 'country', raw.countries.map((c, i) => ({
      key: c.id,
      names: [
        { text: c.id, at: [i, 'id'] },
        { text: c.name.en, at: [i, 'name', 'en'] },
        { text: c.name.de, at: [i, 'name', 'de'] },
        ...c.aliases.map((a, k) => ({ text: a, at: [i, 'aliases', k] })),
        ...(c.adjectives?.en ?? []).map((a, k) => ({ text: a, at: [i, 'adjectives', 'en', k] })),
        ...(c.adjectives?.de ?? []).map((a, k) => ({ text: a, at: [i, 'adjectives', 'de', k] })),
      ],
    }))),
    ...aliasCollisions(F.minerals, 'mineral', raw.minerals.map((m, i) => ({
      key: m.id,
      names: [{ text: m.id, at: [i, 'id'] }, { text: m.name.en, at: [i, 'name', 'en'] }, { text: m.name.de, at: [i, 'name', 'de'] }, ...m.aliases.map((a, k) => ({ text: a, at: [i, 'aliases', k] }))],
    }))),
    ...aliasCollisions(F.elements, 'element', raw.elements.map((e, i) => ({
      key: e.symbol,
      names: [{ text: e.symbol, at: [i, 'symbol'] }, { text: e.name.en, at: [i, 'name', 'en'] }, { text: e.name.de, at: [i, 'name', 'de'] }, ...e.aliases.map((a, k) => ({ text: a, at: [i, 'aliases', k] }))],
    }))),
  );
  issues.push(...findMentions(F.meta, [], raw.meta));
  for (const [file, items] of [
    [F.sources, raw.sources], [F.countries, raw.countries], [F.minerals, raw.minerals], [F.editions, raw.editions],
    [F.elements, raw.elements], [F.events, raw.events], [F.facts, raw.facts], [F.discrepancies, raw.discrepancies],
  ] as const) {
    items.forEach((item, i) => issues.push(...findMentions(file, [i], item)));
  }
  raw.figures.forEach((f, i) => {
    const { file, index } = figAt(i);
    if (f.note) issues.push(...findMentions(file, [index, 'note'], f.note));
  });
  issues.push(...styleIssues(raw, figAt));
  if (raw.vocabulary) issues.push(...vocabularyIssues(raw.vocabulary, raw));
  return issues;
}

/** The rules above as DataErrors (file, path, reason), in file order. */
export function checkDataset(raw: RawDataset, origins?: Origins): DataError[] {
  return findIssues(raw, origins).map((i) => ({ file: i.file, path: formatPath(i.at), reason: i.reason }));
}
