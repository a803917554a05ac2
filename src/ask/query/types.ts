// The structured form of a free question, shared by the offline answer and the language-model path
// (as a hint). Stable interface: other modules build on these names.
import type { Locale } from '../../reply/model.js';
import type { Country, Element, Event, Mineral } from '../../dataset/schema.js';
import type { Attribute } from '../../dataset/vocabulary-schema.js';

/** What the question does with its subjects. */
export type Operator = 'single' | 'compare' | 'top' | 'yesno' | 'when' | 'where' | 'who' | 'count';

/** An attribute of data/vocabulary.yaml found in the question, with how strongly. */
export interface AttributeHit {
  attribute: Attribute;
  /** Sum of matched phrase weights (a phrase of n words weighs n + 1, one word 1). */
  score: number;
  /** The words as matched (normalised). */
  matched: string[];
}

export interface Subjects {
  countries: Country[];
  minerals: Mineral[];
  elements: Element[];
  /** The question names the world ("world", "weltweit", "global"). */
  world: boolean;
  /** Events named by alias, title, participants or place, best first. */
  events: Event[];
  /** Of those, the ones named outright by an alias or title of two or more words ("US–Malaysia MoU"). */
  namedEvents: Event[];
}

/** A time the question names; a date without a year gets the year from the dataset's calendar. */
export interface TimeRef {
  kind: 'day' | 'month' | 'year' | 'latest';
  /** ISO dates, inclusive. */
  start: string;
  end: string;
  /** Set when the question gave no year and the dataset's calendar supplied it. */
  yearInferred?: boolean;
  /** Set when the day or month was named relative to today ("this month", "diesen Monat"). */
  relative?: boolean;
  /** The words as typed ("30 October", "im April"). */
  text: string;
  /** Set when the time names a measure ("the October 2025 control"), not when the thing asked happened. */
  label?: boolean;
}

export interface ParsedQuery {
  /** The question as asked (trimmed, at most 1000 characters). */
  text: string;
  /** The language of the question (the caller's locale when the text gives no signal). */
  locale: Locale;
  /** Best attribute first; empty when nothing in the question is an attribute. */
  attributes: AttributeHit[];
  operator: Operator;
  /**
   * The question is a yes/no question ("Does Myanmar mine more than Australia?", "Fördert Kanada
   * Seltene Erden?"), whatever its operator; a comparison or ranking asked this way is answered yes or no.
   */
  polar: boolean;
  /** A comparison asks for the smaller ("less", "weniger") rather than the larger. */
  less?: boolean;
  /** "Which came first?": the events named are put in order. */
  firstOf?: boolean;
  /** A yes/no question asks whether a figure stayed as it was ("the same in 2025 as in 2024", "unverändert"). */
  same?: boolean;
  /** A price the question compares with, in US dollars ("more expensive than $500/kg"). */
  priceThreshold?: number;
  /** A change asked about goes up ("raised", "erhöht") or down ("cut", "gesenkt"). */
  direction?: 'up' | 'down';
  /** "Did it rise or fall?": a change asked both ways, whose direction the answer gives. */
  eitherWay?: boolean;
  /** A share of the world the question compares with ("more than half", "über 60 Prozent"), from 0 to 1. */
  shareThreshold?: number;
  /** The share is claimed, not a bound ("China had 99% of it, yes/no"): checked to the percent. */
  shareClaim?: boolean;
  /** A number the question compares with ("more than 50,000 t"), in the figures' units. */
  threshold?: number;
  /** A range of quantities asked about ("between 1 and 2 million tonnes"), in tonnes, low first. */
  range?: [number, number];
  /** The number is stated as a fact to check ("has 44 Mt, right?"), not as a bound ("more than", "under"). */
  claim?: boolean;
  /** The stated number is asked to be out of date ("is that outdated?"): yes when the figure differs. */
  outdated?: boolean;
  /** For operator 'top': how many ("top 3"); undefined when not said. */
  topN?: number;
  /** For operator 'top': the place asked ("second largest", "ranks third", "zweitgrößte" → 2, 3, 2). */
  rank?: number;
  /** A second place asked beside it ("Platz vier und fünf" → 5). */
  nextRank?: number;
  /** The term whose meaning the question asks ("What does REE stand for?") and the fact explaining it. */
  defines?: { term: string; fact: string };
  /** "The only country …?": whether no other country has the figure. */
  only?: boolean;
  /** A word of the top operator stands in the question ("the top source", "der größte Lieferant"), whatever operator it is read with. */
  asksTop?: boolean;
  /** "Which country/countries …" was asked: a figure of no named country is a ranking. */
  which?: boolean;
  /** "Which rare earth …", "welches Element …": an element is asked for. */
  whichElement?: boolean;
  /** A continent the question limits the countries to ("which African country"): a region id of data/vocabulary.yaml. */
  region?: string;
  /** The continent is put out, not asked for ("outside Africa", "außerhalb Afrikas"). */
  outsideRegion?: boolean;
  /** A comparison's baseline: the country right after "than"/"als" ("does Russia have more than Vietnam?" → Vietnam). */
  against?: Country;
  /** For operator 'top': countries the question puts out of the ranking ("biggest after China"). */
  after?: Country[];
  /** Those countries were put out by a word of order ("after", "behind", "folgt auf"), not of exclusion ("outside", "außer"): the place asked is the one after them. */
  follows?: boolean;
  subjects: Subjects;
  time?: TimeRef;
  /** Two or more years set side by side ("2025 weniger als 2024", "last year than the year before"), in the order named. */
  years?: number[];
  /** The edition of the figures asked for ("MCS 2025", "laut der Ausgabe 2026"): its year. */
  edition?: number;
  /** Content words: not names, function words, operators, months or numbers (normalised, attribute words included). */
  content: string[];
  /** Content words that are neither subjects, attributes nor function words (normalised). */
  unknown: string[];
  /** All normalised words after splitting German compounds. */
  words: string[];
}

/**
 * An answer-first reply before rendering: one sentence answering exactly what was asked, a few
 * lines of support, the sources, and the command that shows everything ("more").
 */
export interface AnswerFirst {
  /** 'answer': the lead answers; 'none': the dataset has no figure for it (the lead says so, no figure). */
  status: 'answer' | 'none';
  lead: string;
  /** At most a few short paragraphs (a list counts one line per item). */
  support: string[];
  /** Source ids (dataset sources) the lead and support rest on. */
  sources: string[];
  /** The full command behind the answer ("/reserves China"), offered as the first follow-up. */
  more?: string;
  /** Further follow-ups. */
  suggestions?: string[];
  /** The lead lists records (events of a month) rather than stating one thing: no yes or no from it. */
  list?: boolean;
  /** The dataset cannot settle yes or no (a suspension that has run out, with nothing recorded after): none is added. */
  undecided?: boolean;
  /**
   * Where sources dispute what the lead states: shown after the support, always, and read by nothing
   * that chooses or judges an answer (a note names both sides, so it would argue for either).
   */
  notes?: string[];
}
