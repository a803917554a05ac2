// The question vocabulary (data/vocabulary.yaml): the words readers use, in English and German, for
// each attribute a question can ask about, next to what answers it. Kept in data/ so an editor who
// adds a fact also adds the words people use for it; the question parser (src/ask/query) reads it,
// and has no word lists of its own for attributes. Kept in its own file so schema.ts stays small.
import { z } from 'zod';

import { I18nNote, Id, Words } from './vocabulary-words.js';
import { claimWords } from './vocabulary-claims.js';

/** What answers an attribute: a figure table, facts, a field of an event or element, a list, or nothing. */
export const AttributeAnswer = z.union([
  z.strictObject({ figure: z.enum(['reserves', 'production', 'capacity']) }),
  /** Facts that hold the answer; the one sharing most subjects with the question wins. */
  z.strictObject({ facts: z.array(Id).min(1) }),
  /** A country's share of the world figure, computed from one edition; else the facts listed. */
  z.strictObject({ share: z.enum(['reserves', 'production']), facts: z.array(Id).default([]) }),
  z.strictObject({ event: z.enum(['date', 'until', 'place', 'participants', 'outcome', 'agreed', 'summary']) }),
  /** `is`: the class a yes/no question tests ("is scandium heavy?"). */
  z.strictObject({ element: z.enum(['uses', 'class', 'controls', 'number', 'card']), is: z.enum(['light', 'heavy']).optional() }),
  z.strictObject({ list: z.enum(['controlled', 'light', 'heavy', 'use', 'all']) }),
  z.strictObject({ command: z.enum(['sources', 'events', 'help']) }),
  /** Who wrote, reported or supplied something: the sources' notes, where one fits the question's words. */
  z.strictObject({ provenance: z.literal(true) }),
  /** The dataset holds nothing on this (forecasts, other commodities' prices…): say so honestly. */
  z.strictObject({ none: I18nNote }),
  /** Plainly off the beat ("weather", "football"): the polite scope note. */
  z.strictObject({ offbeat: z.literal(true) }),
]);


export const Attribute = z.strictObject({
  id: Id,
  /** What the reader asks about, in a few words (shown in "the dataset has no … for that"). */
  label: I18nNote,
  answer: AttributeAnswer,
  /**
   * Words and phrases (matched after stemming, case and accents ignored; German compounds are split
   * on known parts). A phrase counts more than a single word.
   */
  words: Words,
  /**
   * Every other word of the question must be in the fact ("price": the price of an NdFeB magnet is not
   * the price of neodymium oxide), else the answer is "the dataset has no figure for that".
   */
  exact: z.boolean().optional(),
  /**
   * A measure word beside this attribute's words (grammar.measure_words: "export ban", "Export verboten")
   * asks about the measure, not what the attribute holds (export volumes), unless a quantity is asked.
   */
  yields_to_measures: z.boolean().optional(),
  /**
   * On a `none` attribute: its words name a place the dataset holds nothing of (the EU). Every fact
   * held is of some other place, so none answers for it: "not in the dataset" wins over a fact too.
   */
  place: z.boolean().optional(),
  /** Question operators this attribute implies ("when" → date). */
  implies: z.enum(['when', 'where', 'who', 'yesno', 'count']).optional(),
});

export type Attribute = z.infer<typeof Attribute>;
export type AttributeAnswer = z.infer<typeof AttributeAnswer>;

/** Function words and operator words, per language; also in data/ so no word list lives in src/. */
export const Grammar = z.strictObject({
  /** Words that carry no content ("the", "der"). */
  stopwords: Words,
  /** Function words the stopword package's lists lack (its English list has no "during", "although", "several"): no topic of their own. */
  function_words: Words,
  /** Operators: compare ("vs", "oder"), top ("top", "größten"), yes/no openers ("is", "ist"), when, where, who. */
  operators: z.strictObject({
    compare: Words,
    top: Words,
    yesno: Words,
    when: Words,
    where: Words,
    who: Words,
    count: Words,
    latest: Words,
    /** Words asking for the smaller of two ("less", "weniger"): a yes/no comparison reads the other way. */
    less: Words.default({ en: [], de: [] }),
    /** Words bounding a number from below ("over 40 Mt", "mindestens"): without these or "than"/"less", a number stated is a claim to check. */
    more: Words.default({ en: [], de: [] }),
    /** Words that put a record out of a ranking asked about ("biggest after China", "nach China", "hinter China"). */
    after: Words.default({ en: [], de: [] }),
    /** Words that put something out of what is asked ("apart from", "besides", "außer"): a ranking's countries, or an event named after them. */
    except: Words.default({ en: [], de: [] }),
    /** The same, standing after what they put out ("Congo and Indonesia aside", "wenn man Asien ausklammert"). */
    aside: Words.default({ en: [], de: [] }),
    /** Words of a change upwards or downwards ("raised", "gesenkt"): a yes/no about a revision reads its direction. */
    up: Words.default({ en: [], de: [] }),
    down: Words.default({ en: [], de: [] }),
    /** "Which came first", "was war zuerst": two events named are put in order. */
    first: Words.default({ en: [], de: [] }),
    /** Words asking whether a figure stayed as it was ("stay the same", "unverändert"): a yes/no over two years is "yes" when they are equal. */
    same: Words.default({ en: [], de: [] }),
    /** Superlatives of "less" ("smallest", "geringsten"): a ranking from the bottom. */
    least: Words.default({ en: [], de: [] }),
    /** "The only country …", "als einziges Land": a yes/no question asks whether no other country has the figure. */
    only: Words.default({ en: [], de: [] }),
    /** "Which country …", "welche Länder …": a figure asked of no named country is a ranking. */
    which: Words.default({ en: [], de: [] }),
    /** "Which rare earth …", "welches Element …": an element asked for by what the question says of it (its uses). */
    element: Words.default({ en: [], de: [] }),
  }),
  /**
   * Words asking what a term means (facts list the terms they explain): openers ("what is", "was
   * bedeutet"), closers after the term ("stand for", "gemeint") and words pointing back ("that", "das").
   */
  define: z.strictObject({ openers: Words.default({ en: [], de: [] }), closers: Words.default({ en: [], de: [] }), pointers: Words.default({ en: [], de: [] }) })
    .default({ openers: { en: [], de: [] }, closers: { en: [], de: [] }, pointers: { en: [], de: [] } }),
  /** Unit words after a number: tonnes ("zehn Millionen Tonnen") and percent ("60 Prozent"). */
  units: z.strictObject({ tonnes: Words.default({ en: [], de: [] }), percent: Words.default({ en: [], de: [] }), oxide: Words.default({ en: [], de: [] }) })
    .default({ tonnes: { en: [], de: [] }, percent: { en: [], de: [] }, oxide: { en: [], de: [] } }),
  /** Fractions readers compare a share with ("more than half of the world's", "über zwei Drittel"), longest phrase first. */
  fractions: z.array(z.strictObject({ value: z.number().gt(0).lt(1), en: z.array(z.string().trim().min(1)), de: z.array(z.string().trim().min(1)) })).default([]),
  /** Endings a German adjective takes ("chinesisch" → "chinesischen"), for the countries' adjectives. */
  adjective_endings: z.array(z.string().trim()).default([]),
  /** Continents readers ask about ("African", "europäische"), each with its name for replies; countries name theirs (`region`). */
  // `covers`: the regions and sub-regions it takes in besides the countries that name it ("Latin America"
  // is South America, Central America and the Caribbean).
  regions: z.record(Id, z.strictObject({ label: I18nNote, words: Words, covers: z.array(Id).default([]) })).default({}),
  /**
   * Tags that turn a statement into a yes/no question, closing it ("…, right?", "…, oder?") or opening
   * it ("true that …", "Stimmt es, dass …").
   */
  polar_tags: z.strictObject({ closing: Words.default({ en: [], de: [] }), opening: Words.default({ en: [], de: [] }), before_colon: Words.default({ en: [], de: [] }) })
    .default({ closing: { en: [], de: [] }, opening: { en: [], de: [] }, before_colon: { en: [], de: [] } }),
  /** Openers of a request, not of a yes/no question ("Can you tell me …", "Kannst du mir sagen …"). */
  request_openers: Words.default({ en: [], de: [] }),
  /** Words before a date of a dataset text that make it an end date ("until 27 November 2026", "bis zum …"). */
  until_before: Words.default({ en: [], de: [] }),
  /** First-person requests anywhere in the question ("I need the date of …"): no topic words, no yes/no. */
  request_phrases: Words.default({ en: [], de: [] }),
  /** Openers of a clause of the reader's own doings closing a question ("… when we recover them"): it asks nothing. */
  reader_clauses: Words.default({ en: [], de: [] }),
  /** A change asked against the edition before only ("since the last edition"), not any edition held. */
  last_edition: Words.default({ en: [], de: [] }),
  /** Openers of context saying what the reader needs an answer for ("For my class: …", "Für unseren Einkauf: …"). */
  purpose_openers: Words.default({ en: [], de: [] }),
  /** What the signs ">" and "<" between two things read as ("US output > Myanmar?"): the first phrase of each list. */
  /** Words before a year from which a change is asked to the newest figure ("risen since 2023?", "seit 2023 gestiegen?"). */
  since_year: Words.default({ en: [], de: [] }),
  /** Verbs reporting a claim heard, after the teller at the start ("Guy at the cannery says …", "Ein Gast hat behauptet, …"). */
  hearsay_verbs: Words.default({ en: [], de: [] }),
  first_person: Words.default({ en: [], de: [] }),
  /** Offices a body holds, asked of the body named right before them ("ASEAN chair", "ASEAN-Vorsitz"). */
  body_offices: Words.default({ en: [], de: [] }),
  /** Words asking what a quantity is worth in money ("worth", "wert"). */
  worth_words: Words.default({ en: [], de: [] }),
  /** Auxiliaries opening a yes/no question about the past ("Did Trump visit …?", "Hat Trump … besucht?"). */
  past_openers: Words.default({ en: [], de: [] }),
  /** Verbs opening a yes/no question about a past state or whereabouts ("Was Trump in China in April 2026?"). */
  past_state_openers: Words.default({ en: [], de: [] }),
  /** Verbs opening a yes/no question about how things stand now ("Are the October controls suspended?"). */
  present_openers: Words.default({ en: [], de: [] }),
  /** Infinitives after which a modal of future_tense reports a figure said, not a plan ("Wie groß sollen die Reserven sein?"). */
  hearsay_infinitives: Words.default({ en: [], de: [] }),
  change_from: Words.default({ en: [], de: [] }),
  span_end: Words.default({ en: [], de: [] }),
  /** Words making a present opener's participle a past act ("Are they suspended … been", "Sind sie ausgesetzt worden?"). */
  perfect_markers: Words.default({ en: [], de: [] }),
  /** Words of a plan in the dataset's texts ("he would visit", "werde … besuchen"): a plan settles no question about what happened. */
  plan_markers: Words.default({ en: [], de: [] }),
  /** Words setting a deadline in the dataset's texts ("a ministerial within 180 days"): what is to be done by then is a plan too. */
  deadline_words: Words.default({ en: [], de: [] }),
  // "Is it officially a peace accord?": asks what a thing is by its official standing, which a name others use does not settle.
  official_words: Words.default({ en: [], de: [] }),
  /** Words right before a number claimed that make it approximate ("around 70%", "rund 70 %"). */
  approximators: Words.default({ en: [], de: [] }),
  /** Verbs asking whether a plan was stated ("Did Albanese announce …?"): the record of the plan settles them. */
  stating_plans: Words.default({ en: [], de: [] }),
  /** Words offering alternatives ("light or heavy?"): a question choosing between them asks neither yes nor no. */
  alternatives: Words.default({ en: [], de: [] }),
  /** Determiners pointing back at what the context named ("this minister", "dieser Minister"). */
  demonstratives: Words.default({ en: [], de: [] }),
  back_references: Words.default({ en: [], de: [] }),
  /** Words pointing back at a place the context names ("dort", "there"): the question is about what the context names. */
  place_back_references: Words.default({ en: [], de: [] }),
  times: Words.default({ en: [], de: [] }),
  twice: Words.default({ en: [], de: [] }),
  title_verbs: Words.default({ en: [], de: [] }),
  greater_sign: Words.default({ en: [], de: [] }),
  less_sign: Words.default({ en: [], de: [] }),
  /** Ranking words that also count ("most generators"): before a plain noun they rank nothing. */
  quantifiers: Words.default({ en: [], de: [] }),
  /** What a "%" standing for a word, after no number, reads as ("what % of …"). */
  percent_sign: Words.default({ en: [], de: [] }),
  /** Words asking whether a figure changed between editions ("changed", "korrigiert"). */
  change_words: Words.default({ en: [], de: [] }),
  /** Words asking how much a figure grew or fell between two years ("growth from 2023 to 2024"). */
  growth_words: Words.default({ en: [], de: [] }),
  /** Words joining two questions in one message ("When …, and when …?"). */
  question_joiners: Words.default({ en: [], de: [] }),
  /** Words asking which countries a table dropped or added between editions ("gone from", "came in instead"). */
  table_change_words: Words.default({ en: [], de: [] }),
  /** Words asking whether a reported figure is out of date ("is that outdated?"): yes when it differs. */
  outdated_words: Words.default({ en: [], de: [] }),
  /** Words putting a claimed figure in an earlier edition ("USGS once said 350,000 t", "früher"): yes when any edition stated it. */
  once_words: Words.default({ en: [], de: [] }),
  /** Forms of one verb that no stemmer joins ("verbieten", "verboten"; "buy", "bought"): a sentence holding one holds the others. */
  verb_forms: z.strictObject({ en: z.array(z.array(z.string().trim().min(1)).min(2)).default([]), de: z.array(z.array(z.string().trim().min(1)).min(2)).default([]) }).default({ en: [], de: [] }),
  /** Nouns of countries that a count asks for ("how many countries"): the table's countries are counted. */
  country_nouns: Words.default({ en: [], de: [] }),
  /** German verbs whose form does not show it ("lag", "stieg"): opening a question they make it yes/no. */
  verbs_first: Words.default({ en: [], de: [] }),
  /** Question words ("what", "welche"): a German question not opening with one and opening with a verb is yes/no. */
  question_words: Words.default({ en: [], de: [] }),
  /** Ordinary words of questions beyond the other lists that are never read as a misspelt country, element or mineral. */
  plain_words: Words.default({ en: [], de: [] }),
  /** Greetings and thanks: a question of only these gets the hello. */
  greetings: Words,
  /** Negation words: a sentence with one is never turned into a "yes". */
  /** "all" asked against "only" stated: the sentence says no. */
  universal: Words.default({ en: [], de: [] }),
  permanent: Words.default({ en: [], de: [] }),
  restrictive: Words.default({ en: [], de: [] }),
  negations: Words.default({ en: [], de: [] }),
  /**
   * Words readers use for a word of the dataset's texts: each group's first word is the one the
   * texts use ("Ankündigung" → "Bekanntmachung"); the parser reads the others as it.
   */
  synonyms: z.array(z.array(z.string().trim().min(2)).min(2)).default([]),
  /** Prefixes that negate the word they open ("unverbindlich", "non-binding"). */
  negation_prefixes: Words.default({ en: [], de: [] }),
  /** Number words from one to ten, in order ("top three"). */
  numbers: Words,
  /** An office held, a state from the day of the election that gave it ("prime minister", "Regierungschefin"). */
  office_words: Words.default({ en: [], de: [] }),
  /** Words of electing: with them an election's own day is asked, not the office held after it. */
  electing_words: Words.default({ en: [], de: [] }),
  /** Words for nought ("zero", "null"): a figure claimed as 0. */
  zero: Words.default({ en: [], de: [] }),
  /** Tens from twenty to ninety ("twenty" … "ninety", "zwanzig" … "neunzig"); German ones also join a unit ("vierundvierzig"). */
  tens: Words.default({ en: [], de: [] }),
  /** The word for a hundred ("three hundred", "dreihundert"): with the number words, spelled figures above a hundred. */
  hundred_words: Words.default({ en: [], de: [] }),
  /** Nouns of a mark between a bounding word and its figure ("above the 300,000-tonne mark", "über der Marke von 300.000 Tonnen"). */
  bound_marks: Words.default({ en: [], de: [] }),
  /** The word for a thousand after a spelled number ("three hundred thousand", "dreihunderttausend"). */
  thousand_words: Words.default({ en: [], de: [] }),
  /** Words before the side someone acts for ("signed for Thailand", "für Kambodscha"): that country is whose participant is asked. */
  behalf_words: Words.default({ en: [], de: [] }),
  /** Words claiming a figure of each of several countries ("each", "jeweils"): it must hold for every one. */
  each_words: Words.default({ en: [], de: [] }),
  /** Words before "one" that make it a pronoun ("the one in fibre amplifiers", "which one"): no number claimed. */
  pronoun_one: Words.default({ en: [], de: [] }),
  /** Words after "one" that make it one of a set ("Is Japan one of the US import sources?"): no number 1 claimed. */
  partitive_one: Words.default({ en: [], de: [] }),
  /** Words before what a comparison is against ("than", "als"): "Bigger than Canada's?" compares with Canada. */
  than_words: Words.default({ en: [], de: [] }),
  /**
   * A range of quantities ("between 1 and 2 million tonnes", "zwischen einer und zwei Millionen Tonnen"):
   * the word opening it, the words joining its ends, and words read as "one" there.
   */
  range: z.strictObject({ open: Words, join: Words, one: Words }).default({ open: { en: [], de: [] }, join: { en: [], de: [] }, one: { en: [], de: [] } }),
  /** Ordinals from first to tenth, in order ("second largest", "an dritter Stelle", German "zweitgrößte"). */
  ordinals: Words.default({ en: [], de: [] }),
  /** Days of the week from Monday, in order ("signed on Monday, right?"); and the words asking for one ("Wochentag"). */
  weekdays: Words.default({ en: [], de: [] }),
  weekday_words: Words.default({ en: [], de: [] }),
  /** Words that put a place after them ("in Tokyo", "bei Busan"): a yes/no question naming one asks where. */
  locatives: Words.default({ en: [], de: [] }),
  /** Words of place holding an article ("im", "beim"): a noun after them is no unknown place. */
  article_locatives: Words.default({ en: [], de: [] }),
  /** Words after which a number is a place in a ranking ("rank 2", "Platz zwei"), not a count. */
  place_words: Words.default({ en: [], de: [] }),
  /** Compound parts readers glue onto names ("Seltenerd", "-exporte"); the decompounder splits on these. */
  compound_parts: z.array(z.string().trim().min(2)).default([]),
  /** Abbreviations whose full stop does not end a sentence ("Mrd.", "bzw."), written without the final dot. */
  abbreviations: Words.default({ en: [], de: [] }),
  /** Words after which "250." is an ordinal ("zum 250. Jahrestag"), so the full stop ends no sentence. */
  ordinal_before: Words.default({ en: [], de: [] }),
  /**
   * Phrases naming a year relative to today ("last year", "im vergangenen Jahr"): offset 0 is the
   * current year, -1 the one before. Read against the clock of the question, not the dataset's date.
   */
  relative_years: z.array(z.strictObject({ offset: z.number().int().min(-5).max(1), en: z.array(z.string().trim().min(2)), de: z.array(z.string().trim().min(2)) })).default([]),
  /** Phrases counting years back from today, with N where the number stands ("N years ago", "vor N Jahren"). */
  years_ago: z.strictObject({ en: z.array(z.string().trim().regex(/(^|\s)N(\s|$)/)), de: z.array(z.string().trim().regex(/(^|\s)N(\s|$)/)) }).default({ en: [], de: [] }),
  /**
   * Phrases naming the year before another year the question names ("more last year than the year
   * before", "2025 mehr als im Vorjahr"); without another year they are read as relative years, if listed there.
   */
  year_before: Words.default({ en: [], de: [] }),
  /** Words joining a clause of context to the question after it ("…, but how big are its reserves?", "…, aber wie viel …?"). */
  clause_joiners: Words.default({ en: [], de: [] }),
  /** Words of publishing ("reported", "came out", "erschienen"): "when" beside one and a publisher or an edition asks the publication date. */
  published_words: Words.default({ en: [], de: [] }),
  /** Words asking more than one date ("both dates", "an welchen Tagen"): two events found are both asked. */
  several_dates: Words.default({ en: [], de: [] }),
  edition_series: Words.default({ en: [], de: [] }),
  /** Words naming an edition of a publication ("MCS 2025", "the 2022 edition", "Ausgabe 2026"): a year beside one is the edition's, not the figures'. */
  edition_words: Words.default({ en: [], de: [] }),
  /** Words before a number that label a part of a text ("No. 58", "Nr. 61"): such a number names that part. */
  number_labels: Words.default({ en: [], de: [] }),
  /** Words that point an event question at a kind of event: agreements, meetings, suspensions. */
  event_kinds: z.strictObject({
    agreement: Words.default({ en: [], de: [] }),
    meeting: Words.default({ en: [], de: [] }),
    suspension: Words.default({ en: [], de: [] }),
  }).default({ agreement: { en: [], de: [] }, meeting: { en: [], de: [] }, suspension: { en: [], de: [] } }),
  /** Question words that are also a name or alias somewhere ("other", "total", "world"): never read as that name on their own. */
  not_names: Words.default({ en: [], de: [] }),
  /** Words placing a stop of a trip before or after another ("right before Japan", "danach"). */
  sequence: z.strictObject({ before: Words.default({ en: [], de: [] }), after: Words.default({ en: [], de: [] }) })
    .default({ before: { en: [], de: [] }, after: { en: [], de: [] } }),
  // Words for checking what a question claims or asks of a state, a measure, a person or a figure.
  ...claimWords,
});
export type Grammar = z.infer<typeof Grammar>;

export const Vocabulary = z.strictObject({
  grammar: Grammar,
  attributes: z.array(Attribute).min(1),
});
export type Vocabulary = z.infer<typeof Vocabulary>;
