// The question vocabulary of a dataset (data/vocabulary.yaml), indexed by stemmed phrase. Built once
// per Dataset object and cached, so a hot-reloaded dataset gets a fresh index.
import type { Locale } from '../../reply/model.js';
import type { Dataset } from '../../dataset/dataset.js';
import { normalize } from '../../dataset/lookup.js';
import { alternation, stem, stemPhrase } from './text.js';
import { EMPTY } from './vocab-empty.js';
import { deu, eng } from 'stopword';

export type { OperatorWord, PhraseIndex, RelativeYear, VocabIndex } from './vocab-types.js';
import type { OperatorWord, PhraseIndex, RelativeYear, VocabIndex } from './vocab-types.js';

const cache = new WeakMap<Dataset, VocabIndex>();

// Two things' words sharing a stem ("Gewinnung" of production, "Gewinn" of company results, both "gewinn";
// "extract" and "extraction"): the stem names the one whose word is the stem itself, and each other word is
// matched only as typed. Before, the first in the file took the stem, and "Gewinn" asked production.
// Attributes only: an operator's words share stems by design ("passed" compares and bounds).
function phraseIndex<T>(entries: Iterable<{ value: T; en: readonly string[]; de: readonly string[] }>, typedOnShared = false): PhraseIndex<T> {
  const idx: PhraseIndex<T> = { byLang: { en: new Map(), de: new Map() }, maxWords: 1 };
  const all = [...entries];
  for (const lang of ['en', 'de'] as const) {
    const byKey = new Map<string, { value: T; typed: string }[]>();
    for (const e of all) {
      for (const w of e[lang]) {
        const key = stemPhrase(w, lang);
        if (!key) continue;
        const list = byKey.get(key);
        if (list) list.push({ value: e.value, typed: normalize(w) });
        else byKey.set(key, [{ value: e.value, typed: normalize(w) }]);
        idx.maxWords = Math.max(idx.maxWords, key.split(' ').length);
      }
    }
    const map = idx.byLang[lang];
    for (const [key, list] of byKey) {
      if (!typedOnShared || list.every((x) => x.value === list[0]!.value)) { map.set(key, list[0]!.value); continue; }
      const own = list.find((x) => x.typed === key);
      if (own) map.set(key, own.value);
      for (const x of list) if (x.value !== own?.value && !map.has(x.typed)) map.set(x.typed, x.value);
    }
  }
  return idx;
}

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
  const counts = [...[...numbers].filter(([, n]) => n >= 2 && n <= 30), ...Array.from({ length: 29 }, (_, k) => [String(k + 2), k + 2] as const)];
  return [...templates.en, ...templates.de].flatMap((tpl) => counts.map(([word, n]) => ({
    words: normalize(tpl.split(' ').map((w) => (w === 'N' ? word : w)).join(' ')).split(' '), offset: -n,
  })));
}

// The lookup apart from the build: the build's closures made V8 allocate their context on every
// call, hit or not (vocabIndex is asked about a dozen times per question).
const gapped = (w: string): string => w.split('…').map((x) => normalize(x)).join(' … ');
const headTail = (x: string): { head: string; tail?: string } => { const [head = '', tail] = x.split(' … '); return tail === undefined ? { head } : { head, tail }; };

// The last dataset asked about and its index: a question asks for the index two dozen times, and a
// comparison of one reference is cheaper than each WeakMap probe. It keeps the previous dataset alive
// only until the next call names the new one (the next question after a reload).
let lastDs: Dataset | undefined;
let lastIdx: VocabIndex | undefined;

export function vocabIndex(ds: Dataset): VocabIndex {
  if (ds === lastDs) return lastIdx!;
  const idx = cache.get(ds) ?? buildVocabIndex(ds);
  lastDs = ds;
  lastIdx = idx;
  return idx;
}

function buildVocabIndex(ds: Dataset): VocabIndex {
  const v = ds.vocabulary ?? EMPTY;
  const g = v.grammar;
  const words = (l: { en: readonly string[]; de: readonly string[] }): string[] => [...l.en, ...l.de].map((w) => normalize(w)).filter(Boolean);
  const perLocale = (l: { en: readonly string[]; de: readonly string[] }): Record<Locale, ReadonlySet<string>> => ({ en: new Set(l.en.map((w) => normalize(w))), de: new Set(l.de.map((w) => normalize(w))) });
  const numbers = new Map<string, number>();
  for (const lang of ['en', 'de'] as const) g.numbers[lang].forEach((w, i) => numbers.set(normalize(w), i + 1));
  for (const lang of ['en', 'de'] as const) for (const w of g.zero[lang]) numbers.set(normalize(w), 0);
  // Tens ("ninety", "neunzig") and, in German, a unit joined to them ("vierundvierzig", "einundzwanzig").
  for (const lang of ['en', 'de'] as const) {
    g.tens[lang].forEach((w, i) => {
      const tens = (i + 2) * 10;
      numbers.set(normalize(w), tens);
      // Only "eins" loses its s ("einundzwanzig"); "sechs" keeps it ("sechsundzwanzig").
      if (lang === 'de') g.numbers.de.slice(0, 9).forEach((u, k) => numbers.set(normalize(`${k === 0 ? u.replace(/s$/, '') : u}und${w}`), tens + k + 1));
    });
  }
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
  const synonymWords = new Set(g.synonyms.flat().flatMap((w) => normalize(w).split(' ')));
  // Not the words of requests off the beat: a compound's misspelt last part read as one of them
  // ("Lieferantenbewertung" as "Bewerbung") turns a question the rest names into a refusal.
  for (const a of v.attributes) if (!('offbeat' in a.answer)) for (const w of [...a.words.en, ...a.words.de]) addParts(w);
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
  addKnown(g.zero);
  addKnown(g.electing_words);
  addKnown(g.ordinals);
  // "Hebt Malaysia das Verbot auf?": a verb of ending a measure is no word the dataset lacks.
  addKnown(g.lifting);
  addKnown(g.extending);
  addKnown(g.ongoing_change);
  addKnown(g.expiry);
  addKnown(g.remaining);
  addKnown(g.money_words);
  addKnown(g.undoing);
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
    attributes: phraseIndex(v.attributes.map((a) => ({ value: a, ...a.words })), true),
    operators: phraseIndex(Object.entries(g.operators).map(([op, w]) => ({ value: op as OperatorWord, ...w }))),
    // A publisher the dataset cites, by its acronym ("the ZDF article"), is where a claim was read,
    // not a topic the dataset lacks.
    stop: new Set([...words(g.stopwords), ...ds.sources.flatMap((s) => s.publisher.match(/\b[A-Z]{2,}\b/g) ?? []).map((w) => normalize(w))]),
    stopStems: { en: new Set(g.stopwords.en.map((w) => stem(normalize(w), 'en'))), de: new Set(g.stopwords.de.map((w) => stem(normalize(w), 'de'))) },
    // Function words of each language from a maintained list (the stopword package), beside our own:
    // a pronoun or conjunction a reader adds ("wenn", "trotzdem", "came") names no topic the dataset lacks.
    functionWords: { en: new Set([...eng, ...g.function_words.en].map((w) => normalize(w))), de: new Set([...deu, ...g.function_words.de].map((w) => normalize(w))) },
    greetings: new Set(words(g.greetings)),
    negations: new Set(words(g.negations)),
    intensifiers: new Set(words(g.intensifiers)),
    personJoiners: new Set(words(g.person_joiners)),
    offices: g.offices.map((o) => ({ id: o.id, phrases: words(o) })),
    copulas: new Set(words(g.copulas)),
    // "…" marks a gap for the words naming the event ("wie lange ist … her"); each side is normalised.
    // Split at the gap once here, not per question (bench/core.ts, --cpu-prof).
    daysSince: { en: g.days_since.en.map(gapped).map(headTail), de: g.days_since.de.map(gapped).map(headTail) },
    universal: new Set(words(g.universal)),
    permanent: new Set(words(g.permanent)),
    timesWords: new Set(words(g.times)),
    twiceWords: new Set(words(g.twice)),
    untilWords: new Set(words(g.until_before)),
    restrictive: new Set(words(g.restrictive)),
    numbers,
    range: { open: words(g.range.open), join: words(g.range.join), one: words(g.range.one) },
    ordinals,
    placeWords: new Set(words(g.place_words)),
    locatives: new Set(words(g.locatives)),
    articleLocatives: new Set(words(g.article_locatives)),
    parts,
    heads,
    tails,
    known,
    synonymWords,
    polarTags: {
      closing: { en: g.polar_tags.closing.en.map((w) => normalize(w)), de: g.polar_tags.closing.de.map((w) => normalize(w)) },
      opening: { en: g.polar_tags.opening.en.map((w) => normalize(w)), de: g.polar_tags.opening.de.map((w) => normalize(w)) },
      beforeColon: { en: g.polar_tags.before_colon.en.map((w) => normalize(w)), de: g.polar_tags.before_colon.de.map((w) => normalize(w)) },
    },
    requestPhrases: words(g.request_phrases).map((w) => w.split(' ')),
    readerClauses: { en: g.reader_clauses.en.map((w) => normalize(w).split(' ')), de: g.reader_clauses.de.map((w) => normalize(w).split(' ')) },
    purposeOpeners: words(g.purpose_openers),
    demonstratives: new Set(words(g.demonstratives)),
    backReferences: new Set(words(g.back_references)),
    placeBackReferences: new Set(words(g.place_back_references)),
    wordLists: {
      alternatives: perLocale(g.alternatives),
      pastOpeners: perLocale(g.past_openers),
      pastStateOpeners: perLocale(g.past_state_openers),
      presentOpeners: perLocale(g.present_openers),
      hearsayInfinitives: perLocale(g.hearsay_infinitives),
      changeFrom: perLocale(g.change_from),
      spanEnd: perLocale(g.span_end),
      perfectMarkers: perLocale(g.perfect_markers),
      planMarkers: perLocale(g.plan_markers),
      deadlineWords: perLocale(g.deadline_words),
      officialWords: perLocale(g.official_words),
      approximators: perLocale(g.approximators),
      statingPlans: perLocale(g.stating_plans),
      sinceYear: perLocale(g.since_year),
      hearsayVerbs: perLocale(g.hearsay_verbs),
      firstPerson: perLocale(g.first_person),
      bodyOffices: perLocale(g.body_offices),
      worthWords: perLocale(g.worth_words),
    },
    lastEdition: words(g.last_edition),
    untilBefore: words(g.until_before),
    verbsFirst: new Set(words(g.verbs_first)),
    countryNouns: new Set(words(g.country_nouns)),
    changeWords: new Set(words(g.change_words)),
    outdatedWords: new Set(words(g.outdated_words)),
    onceWords: new Set(words(g.once_words)),
    verbFamily: new Map([...g.verb_forms.en, ...g.verb_forms.de].flatMap((forms) => forms.map((f) => [normalize(f), normalize(forms[0]!)] as const))),
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
    publishedWordSet: new Set(words(g.published_words).filter((w) => !w.includes(' '))),
    severalDates: { en: g.several_dates.en.map((w) => normalize(w)), de: g.several_dates.de.map((w) => normalize(w)) },
    editionSeries: { en: g.edition_series.en.map((w) => normalize(w)), de: g.edition_series.de.map((w) => normalize(w)) },
    yearBefore: words(g.year_before).map((w) => w.split(' ')).sort((a, b) => b.length - a.length),
    editionWords: new Set(words(g.edition_words)),
    editionLabelWords: new Set(ds.editions.flatMap((e) => normalize(e.label).split(' ')).filter((w) => w && !/\d/.test(w))),
    ordinalBefore: new Set(words(g.ordinal_before)),
    eventKinds: { agreement: new Set(words(g.event_kinds.agreement)), meeting: new Set(words(g.event_kinds.meeting)), suspension: new Set(words(g.event_kinds.suspension)) },
    notNames: { en: new Set(g.not_names.en.map((w) => normalize(w))), de: new Set(g.not_names.de.map((w) => normalize(w))) },
    weekdays: new Map((['en', 'de'] as const).flatMap((lang) => g.weekdays[lang].map((w, i) => [normalize(w), (i + 1) % 7] as const))),
    weekdayWords: new Set(words(g.weekday_words)),
    tonneWords: new Set(words(g.units.tonnes)),
    boundMarks: new Set(words(g.bound_marks)),
    oxideWords: new Set(words(g.units.oxide)),
    percentWords: words(g.units.percent).map((w) => w.split(' ')),
    fractions: g.fractions.flatMap((f) => [...f.en, ...f.de].map((w) => ({ words: normalize(w).split(' ').filter(Boolean), value: f.value })))
      .sort((a, b) => b.words.length - a.words.length),
    regions: new Map(Object.entries(g.regions).flatMap(([id, r]) => words(r.words).map((w) => [w, id] as const))),
    // A region's or a country's own word is no compound: "Südamerika" is not "süd" and the USA's "Amerika",
    // "Russlands" not "Russ" and the English "lands".
    // Nor is a verb of lengthening ("prolong", not "pro" and "long").
    unsplit: new Set([...Object.values(g.regions).flatMap((r) => words(r.words)), ...words(g.extending),
      ...ds.countries.flatMap((c) => [c.name.en, c.name.de].map((n) => normalize(n)).filter((n) => !n.includes(' ')).flatMap((n) => [n, `${n}s`]))]),
    regionWords: Math.max(1, ...Object.values(g.regions).flatMap((r) => words(r.words).map((w) => w.split(' ').length))),
    sequence: {
      before: { en: g.sequence.before.en.map((w) => normalize(w)), de: g.sequence.before.de.map((w) => normalize(w)) },
      after: { en: g.sequence.after.en.map((w) => normalize(w)), de: g.sequence.after.de.map((w) => normalize(w)) },
    },
    futureTense: { en: new Set(g.future_tense.en.map((w) => normalize(w))), de: new Set(g.future_tense.de.map((w) => normalize(w))) },
    stateWords: new Set(words(g.state_words)),
    currentState: words(g.current_state),
    officeWords: words(g.office_words),
    electingWords: new Set(words(g.electing_words)),
    stateVerbs: new Set(words(g.state_verbs)),
    measureWords: new Set(words(g.measure_words)),
    timeSpans: new Set(words(g.time_spans)),
    behalfWords: words(g.behalf_words),
    eachWords: words(g.each_words),
    pronounOne: new Set(words(g.pronoun_one)),
    partitiveOne: new Set(words(g.partitive_one)),
    thanWords: new Set(words(g.than_words)),
    halfWords: new Set(words(g.half_words)),
    priorWords: words(g.prior_words),
    priorWordParts: new Set(words(g.prior_words).flatMap((x) => x.split(' '))),
    contrastWords: new Set(words(g.contrast_words)),
    firstWords: words(g.first_words),
    durationUnits: new Map(g.duration_units.flatMap((d) => [...d.en, ...d.de].map((w) => [normalize(w), d.minutes] as const))),
    daySpans: new Map(g.day_spans.flatMap((d) => [...d.en, ...d.de].map((w) => [normalize(w), d.days] as const))),
    calendarSpans: new Map([...g.day_spans, ...g.calendar_spans].flatMap((d) => [...d.en, ...d.de].map((w) => [normalize(w), d.days] as const))),
    nounVerbsFirst: new Set(words(g.verbs_first_named)),
    imposing: new Set(words(g.imposing)),
    countClaims: words(g.count_claims),
    changeTo: words(g.change_to),
    quantityAsked: words(g.quantity_asked),
    countNouns: words(g.count_nouns),
    partOf: new Set(words(g.part_of)),
    originWords: words(g.origin_words),
    equalWords: words(g.equal_words),
    sumWords: words(g.sum_words),
    opposites: words(g.opposites).map((x) => x.split(' ') as [string, string]).filter((x) => x.length === 2 && x[0] !== x[1]),
    atLeastWords: words(g.at_least_words),
    atMostWords: words(g.at_most_words),
    listJoiners: new Set(words(g.list_joiners)),
    truthFrames: words(g.truth_frames),
    effectWords: words(g.effect_words),
    moneyWords: words(g.money_words),
    absenceWords: new Set(words(g.absence_words)),
    undoing: words(g.undoing),
    intentWords: words(g.intent_words),
    rightWords: words(g.right_words),
    wrongWords: words(g.wrong_words),
    daysBetween: words(g.days_between),
    timeClauses: new Set(words(g.time_clauses)),
    genitiveOf: new Set(words(g.genitive_of)),
    presence: new Set(words(g.presence)),
    differenceWords: words(g.difference_words),
    growthWords: words(g.growth_words),
    witnessSplit: g.witnesses.en.length + g.witnesses.de.length ? new RegExp(`,?\\s+(?:${alternation([...g.witnesses.en, ...g.witnesses.de])})\\s+`, 'iu') : undefined,
    instrument: new Set(words(g.instrument)),
    reporting: new Set(words(g.reporting)),
    citing: new Set(words(g.citing)),
    leadIns: { en: g.lead_ins.en.map((w) => normalize(w)).sort((a, b) => b.length - a.length), de: g.lead_ins.de.map((w) => normalize(w)).sort((a, b) => b.length - a.length) },
    lifting: new Set(words(g.lifting)),
    extending: new Set(words(g.extending)),
    ongoingChange: { en: new Set(g.ongoing_change.en.map((w) => normalize(w))), de: new Set(g.ongoing_change.de.map((w) => normalize(w))) },
    expiry: words(g.expiry),
    remaining: new Set(words(g.remaining)),
    visiting: new Set(words(g.visiting)),
    among: words(g.among).map((x) => x.split(' ')),
    nextInRanking: words(g.next_in_ranking).map((x) => x.split(' ')),
    againWords: words(g.again_words).map((x) => x.split(' ')),
    inceptionWords: words(g.inception_words).map((x) => x.split(' ')),
    amountJudgments: words(g.amount_judgments).map((x) => x.split(' ')),
    reducing: new Set(words(g.reducing)),
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
