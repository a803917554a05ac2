// The shape of the vocabulary index (src/ask/query/vocab.ts builds it): the words of data/vocabulary.yaml
// normalised, stemmed and grouped the way the parser reads them.
import type { Locale } from '../../reply/model.js';
import type { Attribute, Grammar, Vocabulary } from '../../dataset/vocabulary-schema.js';

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
  /** Function words of each language from the stopword package, normalised: no topic of their own. */
  functionWords: Record<Locale, Set<string>>;
  greetings: Set<string>;
  /** Normalised negation words of both languages. */
  negations: Set<string>;
  /** Words read across inside a question phrase (grammar.intensifiers). */
  intensifiers: Set<string>;
  /** Words closing one person's stretch of a sentence (grammar.person_joiners). */
  personJoiners: Set<string>;
  /** Offices a person holds, each with its normalised words of both languages (grammar.offices). */
  offices: readonly { id: string; phrases: readonly string[] }[];
  /** Normalised verbs joining a person to what they are (grammar.copulas). */
  copulas: Set<string>;
  /** Normalised phrases asking how long ago an event was (grammar.days_since). */
  daysSince: Record<Locale, readonly { head: string; tail?: string }[]>;
  /** "all", "alle"; "only", "nur": a question asking all against a sentence stating only some. */
  universal: Set<string>;
  /** Words asking a measure for good (grammar.permanent). */
  permanent: Set<string>;
  /** Words of a multiple after a number ("10 times", "zehnmal"; grammar.times) and words for two times (grammar.twice). */
  timesWords: Set<string>;
  twiceWords: Set<string>;
  /** Words before an end date (grammar.until_before). */
  untilWords: Set<string>;
  restrictive: Set<string>;
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
  articleLocatives: Set<string>;
  /** Normalised single words the decompounder may split on. */
  parts: Set<string>;
  /** Normalised one-word names of minerals and elements: a compound's first part may be a misspelt one ("Nikelförderung"). */
  heads: Set<string>;
  /** Normalised German words of a quantity, price, date or a commodity not held ("preis", "graphit"): a compound's last part carrying its meaning ("Naturgraphit", "Tonnenpreis"). */
  tails: Set<string>;
  /** Every normalised word of the vocabulary: never read as a typo of a name ("trees" is not "REEs"). */
  known: Set<string>;
  /** Normalised words of the synonym groups (grammar.synonyms): parts for splitting, not words of the vocabulary's own. */
  synonymWords: Set<string>;
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
  /** Openers of a clause of the reader's own doings, per language, as word lists (grammar.reader_clauses). */
  readerClauses: Record<Locale, string[][]>;
  /** Normalised openers of a context naming the reader's purpose ("for my", "für unseren"). */
  /** One-word lists of the grammar, normalised, per language: alternatives ("or"), past_openers ("did"),
   * present_openers ("are"), perfect_markers ("worden"), plan_markers ("would") and since_year ("since").
   * An editor's capital letter or accent reads as typed. */
  wordLists: Record<'alternatives' | 'pastOpeners' | 'pastStateOpeners' | 'presentOpeners' | 'hearsayInfinitives' | 'changeFrom' | 'spanEnd' | 'perfectMarkers' | 'planMarkers' | 'deadlineWords' | 'officialWords' | 'approximators' | 'statingPlans' | 'sinceYear' | 'hearsayVerbs' | 'firstPerson' | 'worthWords' | 'bodyOffices', Record<Locale, ReadonlySet<string>>>;
  /** Determiners pointing back at the context (grammar.demonstratives). */
  demonstratives: Set<string>;
  /** Words pointing back at a place the context names (grammar.place_back_references). */
  placeBackReferences: Set<string>;
  /** Words pointing back at a heading before a colon (grammar.back_references). */
  backReferences: Set<string>;
  purposeOpeners: string[];
  /** Normalised phrases asking a change against the edition before only ("since the last edition"). */
  lastEdition: string[];
  /** Normalised words before a date of a text that make it an end date ("bis zum"). */
  untilBefore: string[];
  /** German verbs that open a yes/no question whatever their ending ("lag"). */
  verbsFirst: Set<string>;
  /** Nouns of countries a count asks for ("countries", "länder"). */
  countryNouns: Set<string>;
  /** Words asking whether a figure changed between editions. */
  changeWords: Set<string>;
  outdatedWords: Set<string>;
  /** Normalised words putting a claimed figure in an earlier edition (grammar.once_words). */
  onceWords: Set<string>;
  /** Each normalised form of a verb of grammar.verb_forms to its family's first form. */
  verbFamily: Map<string, string>;
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
  /** The one-word ones of those ("erschien"): words of the question, never a topic the dataset lacks. */
  publishedWordSet: Set<string>;
  severalDates: Record<Locale, string[]>;
  /** Words asking a figure's values edition by edition (grammar.edition_series). */
  editionSeries: Record<Locale, string[]>;
  /** Normalised phrases naming the year before another one the question names, longest first. */
  yearBefore: string[][];
  /** Normalised words naming an edition ("mcs", "edition", "ausgabe"). */
  editionWords: Set<string>;
  /** The words of the editions' labels without numbers ("usgs", "mcs"): "the 2025 USGS edition" names the edition across one of them. */
  editionLabelWords: Set<string>;
  ordinalBefore: Set<string>;
  /** Normalised words pointing at a kind of event (agreements, meetings, suspensions). */
  eventKinds: { agreement: Set<string>; meeting: Set<string>; suspension: Set<string> };
  /** Normalised words never read as a name on their own ("world", "other"), per language: "island" is an
   * English word but Iceland's German name. */
  notNames: Record<Locale, Set<string>>;
  /** Normalised weekday name → 0 (Sunday) … 6 (Saturday), as Date#getUTCDay counts; and the words asking for a weekday. */
  weekdays: Map<string, number>;
  weekdayWords: Set<string>;
  /** Normalised unit words after a number: tonnes (single words) and percent (phrases as words). */
  tonneWords: Set<string>;
  /** Nouns of a mark a figure is bounded by ("above the 300,000-tonne mark", "über der Marke von"). */
  boundMarks: ReadonlySet<string>;
  /** Words of the oxide a tonnage or price is stated in (grammar.units.oxide). */
  oxideWords: Set<string>;
  percentWords: string[][];
  /** Normalised fraction phrases as words ("two thirds" → ["two", "thirds"]) with their value, longest first. */
  fractions: { words: string[]; value: number }[];
  /** Normalised word naming a continent ("african", "afrikanische") → the region id countries carry. */
  regions: Map<string, string>;
  /** Normalised words of regions and countries (and their genitives) that are never split as compounds. */
  unsplit: Set<string>;
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
  /** Normalised phrases of an office held (grammar.office_words). */
  officeWords: string[];
  /** Normalised words of electing (grammar.electing_words). */
  electingWords: Set<string>;
  /** Verbs of a state ("apply", "gilt"), which with a state word ("still", "noch") ask it now. */
  stateVerbs: Set<string>;
  /** Words naming a measure ("announcement", "Verbot"). */
  measureWords: Set<string>;
  /** Normalised units of a span of time (grammar.time_spans). */
  timeSpans: Set<string>;
  /** Normalised units of a span of time within a day, with their minutes ("hour" → 60; grammar.duration_units). */
  durationUnits: Map<string, number>;
  /** Normalised words before the side someone acts for (grammar.behalf_words). */
  behalfWords: string[];
  /** Normalised words claiming a figure of each of several countries (grammar.each_words). */
  eachWords: string[];
  /** Normalised words before "one" that make it a pronoun, not a number (grammar.pronoun_one). */
  pronounOne: Set<string>;
  /** Words after "one" that make it a part of a set ("one of the sources"): no 1 claimed. */
  partitiveOne: Set<string>;
  /** Normalised words before what a comparison is against (grammar.than_words). */
  thanWords: Set<string>;
  /** Normalised units of a span counted in days, with their length ("week" → 7; grammar.day_spans). */
  daySpans: Map<string, number>;
  /** Units of a span in days, days to years (grammar.day_spans and grammar.calendar_spans). */
  calendarSpans: Map<string, number>;
  /** German verbs that are also nouns (grammar.verbs_first_named). */
  nounVerbsFirst: Set<string>;
  /** Verbs putting a measure in place (grammar.imposing). */
  imposing: Set<string>;
  /** Verbs of a quantity's own change (grammar.change_over_time). */
  changeOverTime: Set<string>;
  /** Verbs ending a measure for good (grammar.lifting). */
  lifting: Set<string>;
  /** Verbs lengthening a measure (grammar.extending). */
  extending: Set<string>;
  /** Words of a change going on now (grammar.ongoing_change). */
  ongoingChange: { en: Set<string>; de: Set<string> };
  /** Phrases of a measure running out (grammar.expiry), normalised. */
  expiry: string[];
  /** Words of a text saying a measure stays (grammar.remaining). */
  remaining: Set<string>;
  /** Words of going somewhere (grammar.visiting). */
  visiting: Set<string>;
  /** Phrases choosing among a group (grammar.among), normalised and split. */
  among: string[][];
  /** Phrases asking who follows the countries listed before them (grammar.next_in_ranking), normalised and split. */
  nextInRanking: string[][];
  /** Phrases asking when something happens again (grammar.again_words), normalised and split. */
  againWords: string[][];
  /** Phrases of a measure beginning (grammar.inception_words), normalised and split. */
  inceptionWords: string[][];
  /** Phrases judging an amount without a bound (grammar.amount_judgments), normalised and split. */
  amountJudgments: string[][];
  /** Words of a text saying a measure was cut, not ended (grammar.reducing). */
  reducing: Set<string>;
  /** Phrases asking that a measure stays in force (grammar.staying), normalised. */
  staying: string[];
  /** Normalised lead-ins before a question's verb (grammar.lead_ins), by language, longest first. */
  leadIns: Record<Locale, string[]>;
  /** Words naming the means of a measure (grammar.instrument). */
  instrument: Set<string>;
  /** Words before a whole a part is counted of ("of", "von"; grammar.part_of). */
  partOf: Set<string>;
  /** Normalised words before a place something comes from ("from", "aus"; grammar.origin_words). */
  originWords: string[];
  /** Normalised phrases asking whether two figures are equal (grammar.equal_words). */
  equalWords: string[];
  /** Normalised phrases asking figures added up (grammar.sum_words: "combined", "zusammen"). */
  sumWords: string[];
  /** Pairs of word parts turning a word into its opposite (grammar.opposites: "import export"). */
  opposites: [string, string][];
  /** Words halving a span (grammar.half_words: "half an hour"). */
  halfWords: Set<string>;
  /** Words setting one thing against another denied before them (grammar.contrast_words). */
  contrastWords: Set<string>;
  /** Phrases asking whether something happened before (grammar.prior_words). */
  priorWords: string[];
  /** The words of those phrases ("einmal" of "schon einmal"), which a sentence need not hold. */
  priorWordParts: Set<string>;
  /** Phrases stating a first (grammar.first_words). */
  firstWords: string[];
  /** Equatives of at least and at most (grammar.at_least_words, at_most_words): "as large as" holds of the larger too. */
  atLeastWords: string[];
  atMostWords: string[];
  /** Normalised words joining the items of a list (grammar.list_joiners). */
  listJoiners: Set<string>;
  /** Normalised openings asking whether a statement is true (grammar.truth_frames). */
  truthFrames: string[];
  /** Normalised phrases asking when something takes effect (grammar.effect_words). */
  effectWords: string[];
  /** Normalised phrases asking the days between two events (grammar.days_between). */
  daysBetween: string[];
  /** Normalised phrases judging a source's figure right or wrong (grammar.right_words, wrong_words). */
  rightWords: string[];
  wrongWords: string[];
  /** Normalised phrases of a text undoing what was planned or asked (grammar.undoing). */
  undoing: string[];
  /** Normalised words asking whether something was threatened or planned (grammar.intent_words): a text undoing it does not deny that. */
  intentWords: string[];
  /** Normalised phrases asking an amount of money (grammar.money_words). */
  moneyWords: string[];
  /** Normalised words denying a thing exists (grammar.absence_words: "no", "keine"). */
  absenceWords: Set<string>;
  /** Normalised words opening a clause of when (grammar.time_clauses). */
  timeClauses: Set<string>;
  /** Words after a noun naming whose it is ("von"; grammar.genitive_of). */
  genitiveOf: Set<string>;
  /** A pattern splitting a sentence before people who only witnessed its act (grammar.witnesses). */
  witnessSplit: RegExp | undefined;
  /** Normalised words asking whether someone was there (grammar.presence). */
  presence: Set<string>;
  /** Normalised phrases asking the difference of two figures (grammar.difference_words). */
  differenceWords: string[];
  /** Normalised phrases asking how much a figure grew or fell between two years (grammar.growth_words). */
  growthWords: string[];
  /** Verbs reporting what someone said ("said", "sagte"; grammar.reporting). */
  reporting: Set<string>;
  /** Verbs of a publication giving a figure ("gives", "nennt"; grammar.citing). */
  citing: Set<string>;
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

export interface RelativeYear { words: string[]; offset: number }
