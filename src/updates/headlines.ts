// One-line headlines for dataset changes, in English and German, numbers and dates written by Intl
// (src/reply/format.ts). Editors can replace any of them with a `headline:` on the record.
import type { Dataset } from '../dataset/dataset.js';
import type { Country, Discrepancy, Edition, Element, Event, Fact, Figure, I18nText, Mineral, Source } from '../dataset/schema.js';
import { formatDate, formatNumber, markLabel, type Qualifier } from '../reply/format.js';
import type { Locale } from '../reply/model.js';

const both = (f: (l: Locale) => string): I18nText => ({ en: f('en'), de: f('de') });

const clip = (s: string, max = 140): string => {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20))}…`;
};

const SCALES = [{ at: 1e9, en: 'billion', de: 'Mrd.' }, { at: 1e6, en: 'million', de: 'Mio.' }] as const;
const QUAL: Record<Qualifier, Record<Locale, string>> = { '>': { en: 'more than ', de: 'mehr als ' }, '<': { en: 'less than ', de: 'weniger als ' }, '~': { en: 'about ', de: 'etwa ' } };
const short: Record<Locale, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }),
  de: new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 }),
};

type Valued = Pick<Figure, 'value' | 'qualifier' | 'mark'>;

/** "22 to 3.5 million t" / "22 auf 3,5 Mio. t": both values on the scale of the larger one. */
export function formatChange(from: Valued, to: Valued, unit: string, locale: Locale): { from: string; to: string } {
  const max = Math.max(from.value ?? 0, to.value ?? 0);
  const scale = SCALES.find((s) => max >= s.at && (from.value === null || from.value >= s.at / 100) && (to.value === null || to.value >= s.at / 100));
  const one = (v: Valued, withUnit: boolean): string => {
    if (v.value === null) return markLabel(v.mark ?? 'NA', locale);
    const q = v.qualifier ? QUAL[v.qualifier][locale] : '';
    const n = scale ? short[locale].format(v.value / scale.at) : formatNumber(v.value, locale);
    return `${q}${n}${withUnit ? `${scale ? ` ${scale[locale]}` : ''} ${unit}` : ''}`;
  };
  // The scale word goes once, after the second number ("22 to 3.5 million t"), unless the first needs its own words.
  const fromText = from.value === null || from.qualifier || !scale ? one(from, true) : one(from, false);
  return { from: fromText, to: one(to, true) };
}

/** "rare earths" → "rare-earth" as an attribute in English; single words stay. */
const attributive = (name: string): string => {
  const words = name.toLowerCase().split(' ');
  if (words.length === 2 && words[1]!.endsWith('s')) return `${words[0]}-${words[1]!.slice(0, -1)}`;
  return words.join(' ');
};
/** "Vietnam's", "United States’"; a name with a parenthesis takes "of" instead (see figureRevised). */
const possessive = (name: string): string => (name.endsWith('s') ? `${name}’` : `${name}'s`);

const MEASURE: Record<Figure['measure'], Record<Locale, string>> = {
  reserves: { en: 'reserves', de: 'Reserven' },
  production: { en: 'production', de: 'Produktion' },
  capacity: { en: 'capacity', de: 'Kapazität' },
};

const dateRange = (ev: Pick<Event, 'date' | 'end_date'>, l: Locale): string =>
  ev.end_date && ev.end_date !== ev.date ? `${formatDate(ev.date, l)} – ${formatDate(ev.end_date, l)}` : formatDate(ev.date, l);

export const HEADLINES = {
  figureRevised(ds: Dataset, f: Figure, was: Figure, edition: Edition): I18nText {
    const mineral = ds.mineralById.get(f.mineral)!;
    const country = ds.countryById.get(f.country)!;
    const unit = mineral.unit.symbol;
    const year = f.year ? ` ${f.year}` : '';
    return both((l) => {
      const { from, to } = formatChange(was, f, unit, l);
      const up = (f.value ?? 0) > (was.value ?? 0);
      if (l === 'en') {
        const verb = was.value === null ? 'now gives' : f.value === null ? 'withdraws' : up ? 'raises' : 'cuts';
        const thing = `${year} ${attributive(mineral.name.en)} ${MEASURE[f.measure].en}`.trim();
        const what = country.id === 'WORLD' ? `world ${thing}` : country.name.en.endsWith(')') ? `${thing} of ${country.name.en}` : `${possessive(country.name.en)} ${thing}`;
        if (was.value === null) return `USGS now gives ${what}: ${to} (${edition.label})`;
        if (f.value === null) return `USGS ${verb} its figure for ${what} (${from}); now ${to} (${edition.label})`;
        return `USGS ${verb} ${what} from ${from} to ${to} (${edition.label})`;
      }
      const what = `${country.id === 'WORLD' ? 'Welt' : country.name.de}, ${mineral.name.de} (${MEASURE[f.measure].de}${year})`;
      if (was.value === null) return `${what}: USGS nennt jetzt ${to} (${edition.label})`;
      if (f.value === null) return `${what}: USGS zieht den Wert ${from} zurück, jetzt ${to} (${edition.label})`;
      return `${what}: USGS ${up ? 'erhöht' : 'senkt'} von ${from} auf ${to} (${edition.label})`;
    });
  },
  figuresAdded: (ds: Dataset, e: Edition, mineral: string, n: number): I18nText => {
    const m = ds.mineralById.get(mineral)!;
    return both((l) => (l === 'en'
      ? `${n} new ${m.name.en.toLowerCase()} figure${n === 1 ? '' : 's'} from ${e.label}`
      : `${n} neue ${n === 1 ? 'Zahl' : 'Zahlen'} zu ${m.name.de} aus ${e.label}`));
  },
  editionNew: (ds: Dataset, e: Edition, n: number, minerals: string[]): I18nText => both((l) => {
    const names = minerals.map((id) => ds.mineralById.get(id)?.name[l] ?? id).join(', ');
    return l === 'en'
      ? `${e.label} is in: ${formatNumber(n, l)} figures${names ? ` (${names})` : ''}${e.published ? `, published ${formatDate(e.published, l)}` : ''}`
      : `${e.label} ist da: ${formatNumber(n, l)} Zahlen${names ? ` (${names})` : ''}${e.published ? `, veröffentlicht am ${formatDate(e.published, l)}` : ''}`;
  }),
  erratum: (ds: Dataset, e: Edition, n: number): I18nText => {
    const corrected = ds.editionById.get(e.corrects ?? '')?.label ?? e.corrects ?? '';
    return both((l) => (l === 'en'
      ? `Errata to ${corrected} (${e.label}): ${n} figure${n === 1 ? '' : 's'} corrected`
      : `Korrekturen zu ${corrected} (${e.label}): ${n} ${n === 1 ? 'Zahl' : 'Zahlen'} berichtigt`));
  },
  eventNew: (ev: Event): I18nText => both((l) => (l === 'en'
    ? `New on the calendar: ${ev.title.en} (${dateRange(ev, l)})`
    : `Neu im Kalender: ${ev.title.de} (${dateRange(ev, l)})`)),
  eventOutcome: (ev: Event): I18nText => both((l) => (l === 'en'
    ? `Outcome recorded: ${ev.title.en}. ${clip(ev.outcome!.en, 100)}`
    : `Ergebnis verzeichnet: ${ev.title.de}. ${clip(ev.outcome!.de, 100)}`)),
  eventDates: (ev: Event, old: Event): I18nText => both((l) => (l === 'en'
    ? `${ev.title.en} moves from ${dateRange(old, l)} to ${dateRange(ev, l)}`
    : `${ev.title.de}: verschoben vom ${dateRange(old, l)} auf den ${dateRange(ev, l)}`)),
  sourceNew: (s: Source): I18nText => both((l) => `${l === 'en' ? 'New source' : 'Neue Quelle'}: ${s.publisher}, ${clip(s.title, 100)}${s.published ? ` (${formatDate(s.published, l)})` : ''}`),
  factNew: (f: Fact): I18nText => both((l) => `${l === 'en' ? 'New' : 'Neu'}: ${clip(f.text[l], 160)}`),
  discrepancyNew: (d: Discrepancy): I18nText => both((l) => `${l === 'en' ? 'Sources disagree' : 'Quellen widersprechen sich'}: ${clip(d.title[l], 140)}`),
  mineralNew: (m: Mineral): I18nText => both((l) => (l === 'en' ? `Now covered: ${m.name.en}` : `Neu im Datensatz: ${m.name.de}`)),
  countryNew: (c: Country): I18nText => both((l) => (l === 'en' ? `Now covered: ${c.name.en}` : `Neu im Datensatz: ${c.name.de}`)),
  elementNote: (e: Element): I18nText => both((l) => `${e.name[l]}: ${clip(e.note![l], 140)}`),
};
