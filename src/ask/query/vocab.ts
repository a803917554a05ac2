// The question vocabulary of a dataset (data/vocabulary.yaml), indexed by stemmed phrase. Built once
// per Dataset object and cached, so a hot-reloaded dataset gets a fresh index.
import type { Locale } from '../../reply/model.js';
import type { Dataset } from '../../dataset/dataset.js';
import type { Attribute, Grammar, Vocabulary } from '../../dataset/vocabulary-schema.js';
import { normalize } from '../../dataset/lookup.js';
import { stem, stemPhrase } from './text.js';
import { EMPTY } from './vocab-empty.js';

export type OperatorWord = keyof Grammar['operators'];

export interface PhraseIndex<T> {
  /** Stemmed phrase → value, per language. */
  byLang: Record<Locale, Map<string, T>>;
  maxWords: number;
}

export interface VocabIndex {
  vocabulary: Vocabulary;
  attributes: PhraseIndex<Attribute>;
  operators: PhraseIndex<OperatorWord>;
  /** Normalised stopwords of both languages. */
  stop: Set<string>;
  /** Stems of the stopwords, per language: an inflected function word ("ursprünglicher") is no unknown topic. */
  stopStems: Record<Locale, Set<string>>;
  greetings: Set<string>;
  /** Normalised negation words of both languages. */
  negations: Set<string>;
  /** Normalised number word → value (1–10). */
  numbers: Map<string, number>;
  /** A range's words (normalised): opening, joining, and read as "one". */
  range: { open: string[]; join: string[]; one: string[] };
  /** Stem of an ordinal, per language → its value (1–10): "second" → 2, "dritt" → 3. */
  ordinals: Record<Locale, Map<string, number>>;
  /** Normalised words after which a number is a place in a ranking ("platz", "rank"). */
  placeWords: Set<string>;
  /** Normalised words that put a place after them ("in", "at", "bei"). */
  locatives: Set<string>;
  /** Normalised single words the decompounder may split on. */
  parts: Set<string>;
  /** Normalised one-word names of minerals and elements: a compound's first part may be a misspelt one ("Nikelförderung"). */
  heads: Set<string>;
  /** Normalised German words of a quantity, price, date or a commodity not held ("preis", "graphit"): a compound's last part carrying its meaning ("Naturgraphit", "Tonnenpreis"). */
  tails: Set<string>;
  /** Every normalised word of the vocabulary: never read as a typo of a name ("trees" is not "REEs"). */
  known: Set<string>;
  /** Normalised word → the normalised word the dataset's texts use for it. */
  synonyms: Map<string, string>;
  /** Prefixes that negate a word ("un", "non"), normalised. */
  negationPrefixes: string[];
  /** Normalised tags closing or opening a statement that make it a yes/no question ("right", "oder", "stimmt es dass"), per language. */
  polarTags: { closing: Record<Locale, string[]>; opening: Record<Locale, string[]>; beforeColon: Record<Locale, string[]> };
  /** Normalised openers of a request ("can you tell me"), per language: no yes/no question. */
  requestOpeners: Record<Locale, string[]>;
  /** First-person requests, as word lists ("i need", "ich brauche"). */
  requestPhrases: string[][];
  /** Normalised words before a date of a text that make it an end date ("bis zum"). */
  untilBefore: string[];
  /** German verbs that open a yes/no question whatever their ending ("lag"). */
  verbsFirst: Set<string>;
  /** Nouns of countries a count asks for ("countries", "länder"). */
  countryNouns: Set<string>;
  /** Words asking whether a figure changed between editions. */
  changeWords: Set<string>;
  outdatedWords: Set<string>;
  tableChangeWords: Set<string>;
  /** Normalised question words of both languages ("what", "welche"). */
  questionWords: Set<string>;
  /** The question words of each language alone (English "was" is no question word). */
  questionWordsOf: Record<Locale, Set<string>>;
  /** Abbreviations after which a full stop does not end a sentence, normalised without dots ("mrd", "zb"). */
  abbreviations: Set<string>;
  numberLabels: Set<string>;
  /** Normalised phrases as words naming a year relative to today, longest first, with their offset (-1 = last year). */
  relativeYears: Map<string, RelativeYear[]>;
  /** Normalised words joining a clause of context to the question after it, per language. */
  clauseJoiners: Record<Locale, string[]>;
  /** Normalised words and phrases of publishing ("came out", "erschienen"). */
  publishedWords: string[][];
  severalDates: Record<Locale, string[]>;
  /** Normalised phrases naming the year before another one the question names, longest first. */
  yearBefore: string[][];
  /** Normalised words naming an edition ("mcs", "edition", "ausgabe"). */
  editionWords: Set<string>;
  ordinalBefore: Set<string>;
  /** Normalised words pointing at a kind of event (agreements, meetings, suspensions). */
  eventKinds: { agreement: Set<string>; meeting: Set<string>; suspension: Set<string> };
  /** Normalised words never read as a name on their own ("world", "other"). */
  notNames: Set<string>;
  /** Normalised weekday name → 0 (Sunday) … 6 (Saturday), as Date#getUTCDay counts; and the words asking for a weekday. */
  weekdays: Map<string, number>;
  weekdayWords: Set<string>;
  /** Normalised unit words after a number: tonnes (single words) and percent (phrases as words). */
  tonneWords: Set<string>;
  percentWords: string[][];
  /** Normalised fraction phrases as words ("two thirds" → ["two", "thirds"]) with their value, longest first. */
  fractions: { words: string[]; value: number }[];
  /** Normalised word naming a continent ("african", "afrikanische") → the region id countries carry. */
  regions: Map<string, string>;
  /** The most words a region's phrase has ("nord und mittelamerika"). */
  regionWords: number;
  /** Normalised phrases placing a trip's stop before or after another, per language. */
  sequence: { before: Record<Locale, string[]>; after: Record<Locale, string[]> };
  /** Words of the future tense per language ("will"). */
  futureTense: Record<Locale, Set<string>>;
  /** Words asking a state on a day ("already", "schon"). */
  stateWords: Set<string>;
  /** Normalised phrases asking whether something holds now ("in force", "weiterhin"). */
  currentState: string[];
  /** Verbs of a state ("apply", "gilt"), which with a state word ("still", "noch") ask it now. */
  stateVerbs: Set<string>;
  /** Words naming a measure ("announcement", "Verbot"). */
  measureWords: Set<string>;
  /** Normalised units of a span of time (grammar.time_spans). */
  timeSpans: Set<string>;
  /** German verbs that are also nouns (grammar.verbs_first_named). */
  nounVerbsFirst: Set<string>;
  /** Verbs putting a measure in place (grammar.imposing). */
  imposing: Set<string>;
  /** Verbs of a quantity's own change (grammar.change_over_time). */
  changeOverTime: Set<string>;
  /** Verbs ending a measure for good (grammar.lifting). */
  lifting: Set<string>;
  /** Phrases asking that a measure stays in force (grammar.staying), normalised. */
  staying: string[];
  /** Normalised lead-ins before a question's verb (grammar.lead_ins), by language, longest first. */
  leadIns: Record<Locale, string[]>;
  /** Words naming the means of a measure (grammar.instrument). */
  instrument: Set<string>;
  /** Words before a whole a part is counted of ("of", "von"; grammar.part_of). */
  partOf: Set<string>;
  /** Verbs reporting what someone said ("said", "sagte"; grammar.reporting). */
  reporting: Set<string>;
  /** Normalised nouns a number before which claims a count (grammar.count_nouns). */
  countNouns: string[];
  /** Normalised phrases asking a quantity (grammar.quantity_asked). */
  quantityAsked: string[];
  /** Words between the two ends of a change claimed (grammar.change_to). */
  changeTo: string[];
  /** Normalised phrases claiming how many there are (grammar.count_claims), padded with spaces. */
  countClaims: string[];
  /** The single words of the percent unit ("percent", "prozent"). */
  percentUnits: Set<string>;
  /** Phrases placing one event before or after another, per language (normalised). */
  eventOrder: { earlier: Record<Locale, string[]>; later: Record<Locale, string[]> };
  /** Phrases (as word lists) putting the attribute after or before them aside. */
  setAside: { before: string[][]; after: string[][] };
}


const cache = new WeakMap<Dataset, VocabIndex>();

function phraseIndex<T>(entries: Iterable<{ value: T; en: readonly string[]; de: readonly string[] }>): PhraseIndex<T> {
  const idx: PhraseIndex<T> = { byLang: { en: new Map(), de: new Map() }, maxWords: 1 };
  for (const e of entries) {
    for (const lang of ['en', 'de'] as const) {
      for (const w of e[lang]) {
        const key = stemPhrase(w, lang);
        if (!key) continue;
        if (!idx.byLang[lang].has(key)) idx.byLang[lang].set(key, e.value);
        idx.maxWords = Math.max(idx.maxWords, key.split(' ').length);
      }
    }
  }
  return idx;
}

export interface RelativeYear { words: string[]; offset: number }

/** Phrases by their first word, longest first, so a scan tries only those that can start at a word. */
function byFirstWord(list: RelativeYear[]): Map<string, RelativeYear[]> {
  const m = new Map<string, RelativeYear[]>();
  for (const r of [...list].sort((a, b) => b.words.length - a.words.length)) {
    const l = m.get(r.words[0]!);
    if (l) l.push(r); else m.set(r.words[0]!, [r]);
  }
  return m;
}

/** "N years ago" for every number word of two and more, and for N typed as 2 to 30. */
function yearsAgo(templates: { en: readonly string[]; de: readonly string[] }, numbers: Map<string, number>): RelativeYear[] {
  const counts = [...[...numbers].filter(([, n]) => n >= 2), ...Array.from({ length: 29 }, (_, k) => [String(k + 2), k + 2] as const)];
  return [...templates.en, ...templates.de].flatMap((tpl) => counts.map(([word, n]) => ({
    words: normalize(tpl.split(' ').map((w) => (w === 'N' ? word : w)).join(' ')).split(' '), offset: -n,
  })));
}

// The lookup apart from the build: the build's closures made V8 allocate their context on every
// call, hit or not (vocabIndex is asked about a dozen times per question).
export function vocabIndex(ds: Dataset): VocabIndex {
  return cache.get(ds) ?? buildVocabIndex(ds);
}

function buildVocabIndex(ds: Dataset): VocabIndex {
  const v = ds.vocabulary ?? EMPTY;
  const g = v.grammar;
  const words = (l: { en: readonly string[]; de: readonly string[] }): string[] => [...l.en, ...l.de].map((w) => normalize(w)).filter(Boolean);
  const numbers = new Map<string, number>();
  for (const lang of ['en', 'de'] as const) g.numbers[lang].forEach((w, i) => numbers.set(normalize(w), i + 1));
  const ordinals: Record<Locale, Map<string, number>> = { en: new Map(), de: new Map() };
  for (const lang of ['en', 'de'] as const) g.ordinals[lang].forEach((w, i) => ordinals[lang].set(stem(normalize(w), lang), i + 1));
  const parts = new Set<string>();
  const addParts = (text: string): void => {
    for (const w of normalize(text).split(' ')) if (w.length >= 3) parts.add(w);
  };
  for (const p of g.compound_parts) addParts(p);
  const heads = new Set<string>();
  for (const x of [...ds.minerals, ...ds.elements]) for (const n of [x.name.en, x.name.de, ...x.aliases].map((t) => normalize(t))) if (!n.includes(' ')) heads.add(n);
  // Of the attributes, the words of a quantity, a price or a date ("Tonnenpreis", "Erscheinungsdatum"): a
  // topic's words ("Gespräche") end compounds that are about something else ("Handelsgespräche").
  const measured = v.attributes.filter((a) => 'figure' in a.answer || 'none' in a.answer || a.exact || a.implies === 'when');
  // Not the names of what the dataset holds: "Reinstgallium" is not the gallium it counts.
  const tails = new Set(measured.flatMap((a) => a.words.de.map((w) => normalize(w))).filter((w) => w.length >= 5 && !w.includes(' ')));
  for (const f of ds.facts) addParts(f.topic);
  for (const group of g.synonyms) group.forEach(addParts);
  for (const a of v.attributes) for (const w of [...a.words.en, ...a.words.de]) addParts(w);
  for (const c of ds.countries) [c.name.en, c.name.de, ...c.aliases].forEach(addParts);
  for (const m of ds.minerals) [m.name.en, m.name.de, ...m.aliases].forEach(addParts);
  for (const e of ds.elements) [e.name.en, e.name.de, ...e.aliases].forEach(addParts);
  const known = new Set<string>();
  const addKnown = (l: { en: readonly string[]; de: readonly string[] }): void => {
    for (const w of [...l.en, ...l.de]) for (const x of normalize(w).split(' ')) if (x) known.add(x);
  };
  for (const a of v.attributes) addKnown(a.words);
  for (const o of Object.values(g.operators)) addKnown(o);
  // Words of time ("im Vorjahr") are no place a question names after "in".
  for (const r of g.relative_years) addKnown(r);
  addKnown(g.year_before);
  addKnown(g.stopwords);
  addKnown(g.greetings);
  addKnown(g.numbers);
  addKnown(g.ordinals);
  addKnown(g.place_words);
  addKnown(g.plain_words);
  addKnown(g.polar_tags.closing);
  addKnown(g.polar_tags.opening);
  addKnown(g.request_openers);
  addKnown(g.request_phrases);
  for (const r of Object.values(g.regions)) addKnown(r.words);
  for (const f of g.fractions) addKnown(f);
  addKnown(g.units.tonnes);
  addKnown(g.units.percent);
  const idx: VocabIndex = {
    vocabulary: v,
    attributes: phraseIndex(v.attributes.map((a) => ({ value: a, ...a.words }))),
    operators: phraseIndex(Object.entries(g.operators).map(([op, w]) => ({ value: op as OperatorWord, ...w }))),
    // A publisher the dataset cites, by its acronym ("the ZDF article"), is where a claim was read,
    // not a topic the dataset lacks.
    stop: new Set([...words(g.stopwords), ...ds.sources.flatMap((s) => s.publisher.match(/\b[A-Z]{2,}\b/g) ?? []).map((w) => normalize(w))]),
    stopStems: { en: new Set(g.stopwords.en.map((w) => stem(normalize(w), 'en'))), de: new Set(g.stopwords.de.map((w) => stem(normalize(w), 'de'))) },
    greetings: new Set(words(g.greetings)),
    negations: new Set(words(g.negations)),
    numbers,
    range: { open: words(g.range.open), join: words(g.range.join), one: words(g.range.one) },
    ordinals,
    placeWords: new Set(words(g.place_words)),
    locatives: new Set(words(g.locatives)),
    parts,
    heads,
    tails,
    known,
    polarTags: {
      closing: { en: g.polar_tags.closing.en.map((w) => normalize(w)), de: g.polar_tags.closing.de.map((w) => normalize(w)) },
      opening: { en: g.polar_tags.opening.en.map((w) => normalize(w)), de: g.polar_tags.opening.de.map((w) => normalize(w)) },
      beforeColon: { en: g.polar_tags.before_colon.en.map((w) => normalize(w)), de: g.polar_tags.before_colon.de.map((w) => normalize(w)) },
    },
    requestPhrases: words(g.request_phrases).map((w) => w.split(' ')),
    untilBefore: words(g.until_before),
    verbsFirst: new Set(words(g.verbs_first)),
    countryNouns: new Set(words(g.country_nouns)),
    changeWords: new Set(words(g.change_words)),
    outdatedWords: new Set(words(g.outdated_words)),
    tableChangeWords: new Set(words(g.table_change_words)),
    requestOpeners: { en: g.request_openers.en.map((w) => normalize(w)), de: g.request_openers.de.map((w) => normalize(w)) },
    questionWords: new Set(words(g.question_words)),
    questionWordsOf: { en: new Set(g.question_words.en.map((w) => normalize(w))), de: new Set(g.question_words.de.map((w) => normalize(w))) },
    negationPrefixes: words(g.negation_prefixes),
    synonyms: new Map(g.synonyms.flatMap(([head, ...rest]) => rest.map((w) => [normalize(w), normalize(head!)] as const))),
    abbreviations: new Set(words(g.abbreviations).map((w) => w.replace(/ /g, ''))),
    numberLabels: new Set(words(g.number_labels)),
    relativeYears: byFirstWord([...g.relative_years.flatMap((r) => words(r).map((w) => ({ words: w.split(' '), offset: r.offset }))), ...yearsAgo(g.years_ago, numbers)]),
    clauseJoiners: { en: g.clause_joiners.en.map((w) => normalize(w)), de: g.clause_joiners.de.map((w) => normalize(w)) },
    publishedWords: words(g.published_words).map((w) => w.split(' ')),
    severalDates: { en: g.several_dates.en.map((w) => normalize(w)), de: g.several_dates.de.map((w) => normalize(w)) },
    yearBefore: words(g.year_before).map((w) => w.split(' ')).sort((a, b) => b.length - a.length),
    editionWords: new Set(words(g.edition_words)),
    ordinalBefore: new Set(words(g.ordinal_before)),
    eventKinds: { agreement: new Set(words(g.event_kinds.agreement)), meeting: new Set(words(g.event_kinds.meeting)), suspension: new Set(words(g.event_kinds.suspension)) },
    notNames: new Set(words(g.not_names)),
    weekdays: new Map((['en', 'de'] as const).flatMap((lang) => g.weekdays[lang].map((w, i) => [normalize(w), (i + 1) % 7] as const))),
    weekdayWords: new Set(words(g.weekday_words)),
    tonneWords: new Set(words(g.units.tonnes)),
    percentWords: words(g.units.percent).map((w) => w.split(' ')),
    fractions: g.fractions.flatMap((f) => [...f.en, ...f.de].map((w) => ({ words: normalize(w).split(' ').filter(Boolean), value: f.value })))
      .sort((a, b) => b.words.length - a.words.length),
    regions: new Map(Object.entries(g.regions).flatMap(([id, r]) => words(r.words).map((w) => [w, id] as const))),
    regionWords: Math.max(1, ...Object.values(g.regions).flatMap((r) => words(r.words).map((w) => w.split(' ').length))),
    sequence: {
      before: { en: g.sequence.before.en.map((w) => normalize(w)), de: g.sequence.before.de.map((w) => normalize(w)) },
      after: { en: g.sequence.after.en.map((w) => normalize(w)), de: g.sequence.after.de.map((w) => normalize(w)) },
    },
    futureTense: { en: new Set(g.future_tense.en.map((w) => normalize(w))), de: new Set(g.future_tense.de.map((w) => normalize(w))) },
    stateWords: new Set(words(g.state_words)),
    currentState: words(g.current_state),
    stateVerbs: new Set(words(g.state_verbs)),
    measureWords: new Set(words(g.measure_words)),
    timeSpans: new Set(words(g.time_spans)),
    nounVerbsFirst: new Set(words(g.verbs_first_named)),
    imposing: new Set(words(g.imposing)),
    countClaims: words(g.count_claims),
    changeTo: words(g.change_to),
    quantityAsked: words(g.quantity_asked),
    countNouns: words(g.count_nouns),
    partOf: new Set(words(g.part_of)),
    instrument: new Set(words(g.instrument)),
    reporting: new Set(words(g.reporting)),
    leadIns: { en: g.lead_ins.en.map((w) => normalize(w)).sort((a, b) => b.length - a.length), de: g.lead_ins.de.map((w) => normalize(w)).sort((a, b) => b.length - a.length) },
    lifting: new Set(words(g.lifting)),
    staying: words(g.staying),
    changeOverTime: new Set(words(g.change_over_time)),
    percentUnits: new Set(words(g.units.percent).filter((w) => !w.includes(' '))),
    eventOrder: {
      earlier: { en: g.event_order.earlier.en.map((w) => normalize(w)), de: g.event_order.earlier.de.map((w) => normalize(w)) },
      later: { en: g.event_order.later.en.map((w) => normalize(w)), de: g.event_order.later.de.map((w) => normalize(w)) },
    },
    setAside: { before: words(g.set_aside.before).map((w) => w.split(' ')), after: words(g.set_aside.after).map((w) => w.split(' ')) },
  };
  cache.set(ds, idx);
  return idx;
}
