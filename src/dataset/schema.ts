// The dataset's file formats. Editors change files in data/; these schemas are the contract the
// loader enforces before anything else sees the data (see `lodestone data check`).
import { z } from 'zod';
import type { Vocabulary } from './vocabulary-schema.js';

const isRealDate = (s: string): boolean => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
};

/** An ISO calendar date (YYYY-MM-DD) that exists. */
export const IsoDate = z
  .string()
  .refine(isRealDate, { message: 'must be a real date written YYYY-MM-DD' });

const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and dashes');

/** Every user-facing text exists in English and German. */
export const I18nText = z.strictObject({
  en: z.string({ error: 'English text is missing' }).trim().min(1, 'English text is missing'),
  de: z.string({ error: 'German text is missing' }).trim().min(1, 'German text is missing'),
});
export type I18nText = z.infer<typeof I18nText>;

const I18nList = z.strictObject({
  en: z.array(z.string().trim().min(1), { error: 'English list is missing' }).min(1, 'English list is empty'),
  de: z.array(z.string().trim().min(1), { error: 'German list is missing' }).min(1, 'German list is empty'),
});

const SourceIds = z.array(Id).min(1, 'every fact needs at least one source');

/**
 * Optional: the one-line headline an update post uses for this record's change, when the generated
 * one is not good enough. It is used in the version where the headline itself is added or changed.
 */
const Headline = I18nText.optional();

export const Confidence = z.enum(['A', 'B']);
/**
 * Sources may also be C: an industry page or a republished copy, cited only beside an A or B source
 * (the check enforces that), never alone.
 */
export const SourceConfidence = z.enum(['A', 'B', 'C']);

export const DatasetMeta = z.strictObject({
  version: z.string().min(1),
  as_of: IsoDate,
  title: I18nText,
  beat: I18nText,
  /**
   * Every file of the dataset, relative to its directory ("figures/lithium.yaml"). The loader
   * refuses a dataset missing a declared file or holding an undeclared one, so a deleted or
   * half-copied file is an error, not silently fewer figures. Optional only for hand-built
   * datasets in tests; loadDataset requires it.
   */
  files: z.array(z.string().regex(/^[a-z0-9][a-z0-9./-]*\.ya?ml$/, 'must be a file name like figures/lithium.yaml')).min(1).optional(),
});

export const Source = z.strictObject({
  id: Id,
  /** Who published it, as a name (`Reuters`, `ZDF/AFP`), no other words: it is shown in both languages. */
  publisher: z.string().min(1),
  /** Where the text was read when that is not the publisher's own site (`mining.com`): "Reuters (via mining.com)". */
  via: z.string().min(1).optional(),
  title: z.string().min(1),
  edition: z.string().optional(),
  url: z.url(),
  /** Omitted when the material gives no publication date (never guessed). */
  published: IsoDate.optional(),
  language: z.enum(['en', 'de', 'ja', 'zh', 'ko', 'other']),
  confidence: SourceConfidence,
  /** Shown to readers with the source; where it was read and how goes in a YAML comment. */
  note: I18nText.optional(),
  headline: Headline,
});

export const Country = z.strictObject({
  // ISO 3166-1 alpha-2, upper case; aggregates use WORLD and OTHER.
  id: z.string().regex(/^([A-Z]{2}|WORLD|OTHER)$/, 'ISO 3166-1 alpha-2 code, or WORLD / OTHER'),
  iso3: z.string().regex(/^[A-Z]{3}$/).optional(),
  kind: z.enum(['country', 'territory', 'aggregate']),
  name: I18nText,
  aliases: z.array(z.string().min(1)).default([]),
  /**
   * What readers call things of the country ("Chinese", "türkisch"): its reserves and output are the
   * country's ("Turkish cobalt output", "die chinesischen Reserven"). German ones as the stem; the
   * endings readers add are grammar.adjective_endings of data/vocabulary.yaml.
   */
  adjectives: z.strictObject({ en: z.array(z.string().trim().min(1)).default([]), de: z.array(z.string().trim().min(1)).default([]) }).optional(),
  /**
   * Its seat of government as readers name the government by it ("Beijing's quota", "Pekings Verbot"),
   * in every spelling they use; read as the country only as a possessive or a subject (src/ask/offline/seats.ts).
   */
  seat: z.array(z.string().trim().min(1)).optional(),
  /** The continent, for questions that ask about one ("which African country …"); a region of data/vocabulary.yaml. */
  region: z.string().regex(/^[a-z-]+$/).optional(),
  /** The UN M49 sub-region where a continent is split by readers ("Central America", "Caribbean"), for regions that cover it. */
  subregion: z.string().regex(/^[a-z-]+$/).optional(),
});

export const Mineral = z.strictObject({
  id: Id,
  name: I18nText,
  aliases: z.array(z.string().min(1)).default([]),
  unit: z.strictObject({ symbol: z.enum(['t', 'kg']), what: I18nText }),
  note: I18nText.optional(),
  sources: SourceIds,
});

export const Edition = z.strictObject({
  id: Id,
  /** Who publishes the edition (`U.S. Geological Survey`); figures of any publisher have an edition. */
  publisher: z.string().min(1),
  label: z.string().min(1),
  /** Omitted when the material gives no release date (e.g. an errata version). */
  published: IsoDate.optional(),
  /** Higher is newer; corrections sort after the edition they correct. */
  order: z.number(),
  /** An errata release lists only the figures it changes. */
  corrects: Id.optional(),
  /**
   * The dataset holds only some of the edition's figures (those quoted where later editions revised
   * them): answered per country and in revision histories, never ranked, totalled or read as a table.
   */
  partial: z.literal(true).optional(),
  note: I18nText.optional(),
  headline: Headline,
  sources: SourceIds,
});

export const Mark = z.enum(['e', 'NA', 'W', 'zero']);

export const Figure = z
  .strictObject({
    id: Id,
    mineral: Id,
    country: z.string(),
    measure: z.enum(['reserves', 'production', 'capacity']),
    edition: Id,
    /** Data year for production and capacity; absent for reserves. */
    year: z.number().int().min(1990).max(2100).optional(),
    value: z.number().nonnegative().nullable(),
    qualifier: z.enum(['>', '<', '~']).optional(),
    mark: Mark.optional(),
    note: I18nText.optional(),
    headline: Headline,
    sources: SourceIds,
  })
  .superRefine((f, ctx) => {
    const withheld = f.mark === 'NA' || f.mark === 'W';
    if (withheld && f.value !== null) ctx.addIssue({ code: 'custom', path: ['value'], message: `value must be null when mark is ${f.mark}` });
    if (!withheld && f.value === null) ctx.addIssue({ code: 'custom', path: ['value'], message: 'value is null: set mark NA or W' });
    if (f.mark === 'zero' && f.value !== 0) ctx.addIssue({ code: 'custom', path: ['value'], message: 'mark zero needs value 0' });
    if (f.measure !== 'reserves' && f.year === undefined) ctx.addIssue({ code: 'custom', path: ['year'], message: `${f.measure} needs a data year` });
  });

export const Element = z.strictObject({
  symbol: z.string().regex(/^[A-Z][a-z]?$/),
  z: z.number().int().min(1).max(118),
  name: I18nText,
  aliases: z.array(z.string()).default([]),
  class: z.enum(['light', 'heavy', 'neither']),
  uses: I18nList,
  note: I18nText.optional(),
  sources: SourceIds,
});

export const Event = z.strictObject({
  id: Id,
  date: IsoDate,
  end_date: IsoDate.optional(),
  kind: z.enum(['summit', 'agreement', 'export-control', 'meeting', 'election', 'speech', 'talks', 'statement']),
  title: I18nText,
  place: I18nText,
  /** The country the place is in ("Gyeongju" → KR): a yes/no question naming a country as the place checks it. */
  place_country: z.string().optional(),
  participants: z.array(z.string().min(1)).default([]),
  /** The participants as German replies name them ("Kaiser Naruhito", "US-Regierung"), in the same order; without it, `participants`. */
  participants_de: z.array(z.string().min(1)).optional(),
  agreed: I18nText.optional(),
  outcome: I18nText.optional(),
  /** When the outcome became known; briefings dated earlier do not show it. */
  outcome_date: IsoDate.optional(),
  /** Events (measures) this one suspends, and until when: an answer about their status reads it. */
  suspends: z.array(Id).default([]),
  suspended_until: IsoDate.optional(),
  summary: I18nText,
  countries: z.array(z.string()).default([]),
  elements: z.array(z.string()).default([]),
  minerals: z.array(Id).default([]),
  aliases: z.array(z.string()).default([]),
  confidence: Confidence,
  headline: Headline,
  sources: SourceIds,
});

export const Fact = z.strictObject({
  id: Id,
  topic: z.string().min(1),
  text: I18nText,
  keywords: z.strictObject({ en: z.array(z.string()).default([]), de: z.array(z.string()).default([]) }).default({ en: [], de: [] }),
  /** Abbreviations and names the text explains ("USGS", "REO", "e"): a question asking what one means gets this fact. */
  terms: z.array(z.string().trim().min(1)).default([]),
  countries: z.array(z.string()).default([]),
  minerals: z.array(Id).default([]),
  elements: z.array(z.string()).default([]),
  events: z.array(Id).default([]),
  headline: Headline,
  sources: SourceIds,
});

export const Claim = z.strictObject({
  source: Id,
  /** The edition the claim quotes, when it is a USGS figure. */
  edition: Id.optional(),
  text: I18nText,
  value: z.number().nonnegative().optional(),
});

export const Discrepancy = z.strictObject({
  id: Id,
  title: I18nText,
  text: I18nText,
  countries: z.array(z.string()).default([]),
  minerals: z.array(Id).default([]),
  elements: z.array(z.string()).default([]),
  events: z.array(Id).default([]),
  measure: z.enum(['reserves', 'production', 'capacity']).optional(),
  claims: z.array(Claim).default([]),
  /** Fields of its events the sources dispute: an answer giving one of them carries the note. */
  contests: z.array(z.enum(['date', 'place', 'participants', 'agreed', 'outcome'])).default([]),
  /** Words of its events' texts the sources dispute ("1 hour 40 minutes"): an answer stating one carries the note. */
  disputed: z.strictObject({ en: z.array(z.string().min(1)), de: z.array(z.string().min(1)) }).optional(),
  headline: Headline,
  sources: SourceIds,
});

export type DatasetMeta = z.infer<typeof DatasetMeta>;
export type Source = z.infer<typeof Source>;
export type Country = z.infer<typeof Country>;
export type Mineral = z.infer<typeof Mineral>;
export type Edition = z.infer<typeof Edition>;
export type Mark = z.infer<typeof Mark>;
export type Figure = z.infer<typeof Figure>;
export type Element = z.infer<typeof Element>;
export type Event = z.infer<typeof Event>;
export type Fact = z.infer<typeof Fact>;
export type Discrepancy = z.infer<typeof Discrepancy>;

/** The validated dataset as files hold it, before indexing. */
export interface RawDataset {
  meta: DatasetMeta;
  sources: Source[];
  countries: Country[];
  minerals: Mineral[];
  editions: Edition[];
  figures: Figure[];
  elements: Element[];
  events: Event[];
  facts: Fact[];
  discrepancies: Discrepancy[];
  /** The question vocabulary (data/vocabulary.yaml); optional so hand-built test datasets need none. */
  vocabulary?: Vocabulary;
}

/** Which file holds which collection (figures are split one file per mineral under figures/). */
export const DATASET_FILES = {
  meta: 'dataset.yaml',
  sources: 'sources.yaml',
  countries: 'countries.yaml',
  minerals: 'minerals.yaml',
  editions: 'editions.yaml',
  figures: 'figures/*.yaml',
  elements: 'elements.yaml',
  events: 'events.yaml',
  facts: 'facts.yaml',
  discrepancies: 'discrepancies.yaml',
  vocabulary: 'vocabulary.yaml',
} as const;
