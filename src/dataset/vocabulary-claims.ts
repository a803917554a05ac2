// The part of the vocabulary's grammar (data/vocabulary.yaml) that checks what a question claims or asks
// of a state, a measure, a span of time, a person or a figure: whether something still holds, how long
// it lasted, who said or did it, whether a negation is part of the claim. Spread into Grammar
// (vocabulary-schema.ts); kept apart so each schema file holds one kind of word list.
import { z } from 'zod';
import { Id, Words } from './vocabulary-words.js';

export const claimWords = {
  /** Words asking a state on a day rather than an event on it ("already", "schon"). */
  state_words: Words.default({ en: [], de: [] }),
  /** Words asking whether something holds now ("in force", "weiterhin"): a measure's state today. */
  current_state: Words.default({ en: [], de: [] }),
  /** Verbs of a state ("apply", "gilt"): with a word of state_words ("still", "noch"), the state today is asked. */
  state_verbs: Words.default({ en: [], de: [] }),
  /** Words naming a measure ("announcement", "Verbot"): only with one is a measure's state asked. */
  measure_words: Words.default({ en: [], de: [] }),
  /** Units of a span of time ("six months", "180 Tagen"): a number before one states when, as a date does. */
  time_spans: Words.default({ en: [], de: [] }),
  /** Units of a span of time within a day, with their length in minutes ("hour" 60): a duration claimed is checked against one stated. */
  /** Words halving the span they stand in ("half an hour", "eine halbe Stunde"). */
  half_words: Words.default({ en: [], de: [] }),
  /** Words asking whether something happened before ("ever", "zuvor"): a sentence stating a first says no. */
  prior_words: Words.default({ en: [], de: [] }),
  /** Words setting one thing against another denied before them ("not China but the US", "nicht China, sondern die USA"). */
  contrast_words: Words.default({ en: [], de: [] }),
  /** Words stating a first ("the first woman", "zum ersten Mal"). */
  first_words: Words.default({ en: [], de: [] }),
  duration_units: z.array(z.strictObject({ minutes: z.number().int().min(1).max(1440), en: z.array(z.string().trim().min(1)), de: z.array(z.string().trim().min(1)) })).default([]),
  /**
   * Units of a span counted in days (`days`: 1 for "day", 7 for "week"): "two days after the Tokyo
   * signing", "eine Woche vor Busan" name the day that far from an event.
   */
  day_spans: z.array(z.strictObject({ days: z.number().int().min(1).max(31), en: z.array(z.string().trim().min(1)), de: z.array(z.string().trim().min(1)) })).default([]),
  /** Verbs of a publication giving a figure ("give", "nennt"): before a number, they ask what the publisher gave, as grammar.reporting's do. */
  citing: Words.default({ en: [], de: [] }),
  /** Units of a longer span in days (month 30, year 365): a suspension's length claimed ("for two years") is checked against its records' days. */
  calendar_spans: z.array(z.strictObject({ days: z.number().int().min(1).max(366), en: z.array(z.string().trim().min(1)), de: z.array(z.string().trim().min(1)) })).default([]),
  /** German verbs that are also nouns ("Stand"): they open a yes/no question only before a name ("Stand Holmium …?"). */
  verbs_first_named: Words.default({ en: [], de: [] }),
  /** Verbs putting a measure in place ("impose", "verhängt"): they ask the measure's own date, as its name does. */
  imposing: Words.default({ en: [], de: [] }),
  /** Verbs of a quantity's own change ("rise", "sank"): with one year asked, they compare it with the year before. */
  change_over_time: Words.default({ en: [], de: [] }),
  /** Verbs ending a measure for good ("lift", "aufgehoben"): asked of one still in force, the answer is no. */
  lifting: Words.default({ en: [], de: [] }),
  /** Verbs lengthening a measure or pause ("extended", "verlängert"): asked of a suspension whose record states none, the dataset has no extension. */
  extending: Words.default({ en: [], de: [] }),
  /** A quantity's change asked as going on now ("Are US reserves growing?", "Steigen …?"): against the edition before the newest. */
  ongoing_change: Words.default({ en: [], de: [] }),
  /** Words of a measure running out ("expired", "ausgelaufen"): asked of a suspension, they ask its state on the day asked. */
  expiry: Words.default({ en: [], de: [] }),
  /** Words judging a source's figure right ("right", "richtig") or wrong ("wrong", "veraltet"): a yes/no question about a publisher's figure asks one. */
  right_words: Words.default({ en: [], de: [] }),
  wrong_words: Words.default({ en: [], de: [] }),
  /** Words of a text undoing what was planned or asked ("dropped", "verweigert"): against a question without one, it says no. */
  undoing: Words.default({ en: [], de: [] }),
  /** Words asking whether something was threatened or planned ("a 100% tariff threat", "angedroht"): the plan undone later still was one. */
  intent_words: Words.default({ en: [], de: [] }),
  /** Words of a text saying a measure stays ("the ban stays", "das Verbot bleibt"). */
  remaining: Words.default({ en: [], de: [] }),
  /** Words of going somewhere ("been", "visited", "gereist"): beside one person and one country they ask whether that person was there. */
  visiting: Words.default({ en: [], de: [] }),
  /** Phrases choosing among a group ("unter den Förderländern"), whose first word is otherwise a bound ("unter 1 Mio. t"). */
  among: Words.default({ en: [], de: [] }),
  /** Words asking who comes next after the countries a ranking question lists before them ("Indonesia, Australia, Brazil — then who?"). */
  next_in_ranking: Words.default({ en: [], de: [] }),
  /** Words asking when something happens again ("When will Trump and Xi meet again?", "das nächste Mal"): the later date the event's record plans. */
  again_words: Words.default({ en: [], de: [] }),
  /** Words of a measure beginning ("started", "kicked in", "begannen"), unlike those of it applying ("galt"): asked at a time, the day it began is asked. */
  inception_words: Words.default({ en: [], de: [] }),
  /** Words judging an amount without a bound ("Does Brazil mine much?", "viel"): a figure existing is no yes to them. */
  amount_judgments: Words.default({ en: [], de: [] }),
  /** Words of a text saying a measure was cut, not ended ("cut", "gesenkt"): against a verb of lifting asked, it says no. */
  reducing: Words.default({ en: [], de: [] }),
  /** Words asking that a measure stays in force ("stay in force", "in Kraft bleiben"): a suspension named beside them is another measure's. */
  staying: Words.default({ en: [], de: [] }),
  /** Words before a question's verb that leave it a yes/no question ("As of today, are …?", "Aktuell: Gilt …?"). */
  lead_ins: Words.default({ en: [], de: [] }),
  /** Words naming the means of a measure ("suspended with No. 57", "mit Nr. 57"): a number after one claims a detail. */
  instrument: Words.default({ en: [], de: [] }),
  /** Words before the whole a part is counted of ("5 of the 17", "fünf von 17"). */
  part_of: Words.default({ en: [], de: [] }),
  /**
   * Words before a place something comes from ("imports from China", "aus China"): a country after one
   * is a source in a fact of another country's figures, not the country whose figures they are.
   */
  origin_words: Words.default({ en: [], de: [] }),
  /** Words asking whether two figures are equal ("were they level", "gleichauf"): yes only when they are. */
  equal_words: Words.default({ en: [], de: [] }),
  /**
   * Pairs of word parts turning a word into its opposite, each written "a b" ("import export": "net importer" —
   * "net exporter", "Nettoimporteur" — "Nettoexporteur"): a sentence holding only the turned word says no.
   */
  opposites: Words.default({ en: [], de: [] }),
  /** Words asking two or more figures added up ("combined", "zusammen"): their sum, when every one is exact. */
  sum_words: Words.default({ en: [], de: [] }),
  /** Equatives holding when the first is the larger too ("as large as", "so hoch wie"), and when it is the smaller ("as cheap as"). */
  at_least_words: Words.default({ en: [], de: [] }),
  at_most_words: Words.default({ en: [], de: [] }),
  /** Words joining the items of a list ("and", "oder"): a continent after one continues a list put out of a ranking. */
  list_joiners: Words.default({ en: [], de: [] }),
  /** Openings asking whether a statement is true ("is it true that"): a negation in the statement is what is judged. */
  truth_frames: Words.default({ en: [], de: [] }),
  /** Words asking when something takes effect ("kick in", "gelten"): a date question's clause is the one dating that. */
  effect_words: Words.default({ en: [], de: [] }),
  /** Words asking an amount of money ("how many dollars", "finanziell"): an event's clause stating one answers. */
  money_words: Words.default({ en: [], de: [] }),
  /** Words denying a thing exists ("no reserves", "keine Reserven"): a figure stated is the answer "no" (German "Doch"). */
  absence_words: Words.default({ en: [], de: [] }),
  /** Words opening a clause of when ("when she signed", "als sie unterschrieb"): it closes what the question gives a person. */
  time_clauses: Words.default({ en: [], de: [] }),
  /** Words after a noun naming whose it is ("Reserven von Brasilien"): no German verb opens a question right before one. */
  genitive_of: Words.default({ en: [], de: [] }),
  /** Words before people who saw an act done rather than did it ("witnessed by"): they are not its doers. */
  witnesses: Words.default({ en: [], de: [] }),
  /** Words asking whether someone was there ("dabei", "present"): doing the act or witnessing it both count. */
  presence: Words.default({ en: [], de: [] }),
  /** Words asking by how much one figure exceeds another ("how much more", "um wie viel"): the difference is given. */
  difference_words: Words.default({ en: [], de: [] }),
  /** Words sharpening a question phrase from inside it ("which exact day", "an welchem genauen Tag"): the phrase is read across them. */
  intensifiers: Words.default({ en: [], de: [] }),
  /** Words closing the stretch of a sentence that belongs to one person ("Thai Prime Minister Anutin and Cambodian …"). */
  person_joiners: Words.default({ en: [], de: [] }),
  /** Offices a person holds, each with its words ("prime minister", "Premierministerin"): a question giving a person another office than the sentence's is answered no. */
  offices: z.array(Words.extend({ id: Id })).default([]),
  /** Verbs joining a person to what they are ("is", "war"): only with one does a question give someone an office. */
  copulas: Words.default({ en: [], de: [] }),
  /** Phrases asking how long ago an event was ("how many days ago", "vor wie vielen Tagen"): the days since it, counted to today. */
  days_since: Words.default({ en: [], de: [] }),
  /** Phrases asking the days between two events ("how many days after", "wie viele Tage lagen zwischen"): counted by the calendar. */
  days_between: Words.default({ en: [], de: [] }),
  /** Verbs reporting what someone said ("Did the White House say …?"): the claim is theirs, not a state to check. */
  reporting: Words.default({ en: [], de: [] }),
  /** Nouns of what a count of the rare earths counts ("elements", "Seltenerdelemente"): a number right before one claims the count. */
  count_nouns: Words.default({ en: [], de: [] }),
  /** Phrases asking a quantity ("how much", "wie viel"): beside an element's use, a figure its note states. */
  quantity_asked: Words.default({ en: [], de: [] }),
  /** Words between the two ends of a change claimed ("from 10 to 3.8 Mt", "von 10 auf 3,8 Mio. t"). */
  change_to: Words.default({ en: [], de: [] }),
  /** Phrases claiming how many there are ("are there", "gibt es"): right before a number, they ask a count. */
  count_claims: Words.default({ en: [], de: [] }),
  /** Words asking a figure in the future tense ("will"): with no year asked, a forecast. */
  future_tense: Words.default({ en: [], de: [] }),
  /** Words placing one event before ("before", "vor") or after ("after", "nach") another in a yes/no question. */
  event_order: z.strictObject({ earlier: Words.default({ en: [], de: [] }), later: Words.default({ en: [], de: [] }) })
    .default({ earlier: { en: [], de: [] }, later: { en: [], de: [] } }),
  /** Words putting an attribute aside ("not the reserves, the resources", "reserves aside"): that attribute is not asked. */
  set_aside: z.strictObject({ before: Words.default({ en: [], de: [] }), after: Words.default({ en: [], de: [] }) })
    .default({ before: { en: [], de: [] }, after: { en: [], de: [] } }),
};
