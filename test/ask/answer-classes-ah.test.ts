// Answer classes of the offline question path (issue 10), thirty-fourth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { ask, lead } = offlineAsker(dataset);

describe('a German compound denying a figure exists ("keine Seltenerdreserven")', () => {
  it('is denied by the figure stated, as "keine Reserven" is', () => {
    expect(lead('Hat Tansania keine Seltenerdreserven?', 'de')).toMatch(/^Doch — Tansania — Reserven/);
    expect(lead('Besitzt Malaysia laut MCS 2026 überhaupt keine Seltenerdreserven?', 'de')).toMatch(/^Doch — Malaysia/);
    // Guard: a figure stated as none is a yes.
    expect(lead('Hat Tansania keine Seltenerdförderung?', 'de')).toMatch(/^Ja — Tansania — Bergwerksförderung/);
  });
});

describe('an element\'s control asked as ended for good ("lifted", "aufgehoben")', () => {
  it('is no while a measure names it, with its month named or not', () => {
    expect(lead('Hat Peking die Genehmigungspflicht für Lutetium vom April 2025 wieder aufgehoben?', 'de')).toMatch(/^Nein — Lutetium fällt unter/);
    expect(lead('Did Beijing scrap the April 2025 licensing of samarium?', 'en')).toMatch(/^No — Samarium is covered by/);
    // A measure suspended for a time was not ended for good either.
    expect(lead('Hat China die Kontrollen für Erbium aufgehoben?', 'de')).toMatch(/^Nein — Erbium fiel unter/);
  });
});

describe('a figure claimed with its scale word ("44 thousand", "550 Millionen")', () => {
  it('is no when the digits match but the scale does not', () => {
    expect(lead('Is it right that China holds 44 thousand tonnes of rare-earth reserves?', 'en')).toMatch(/^No — China — reserves/);
    expect(lead('Hat Japan den USA 550 Millionen Dollar zugesagt?', 'de')).toMatch(/^Nein/);
  });
  it('is yes when the scale is written another way ("44 Mt", "44,000,000 t")', () => {
    expect(lead('Does China have 44 Mt of rare-earth reserves?', 'en')).toMatch(/^Yes — China — reserves/);
    expect(lead('Hat China 44.000.000 t Seltenerdreserven?', 'de')).toMatch(/^Ja — China — Reserven/);
  });
});

describe('a tonnage claimed in thousands ("44 thousand tonnes", "44 Tausend Tonnen")', () => {
  it('is read as a figure claimed, not as a word the dataset does not know', () => {
    expect(lead('Do China\'s reserves come to 44 thousand tonnes?', 'en')).toMatch(/^No — China — reserves/);
    expect(lead('Hat Brasilien 11 Tausend Tonnen Seltenerdreserven?', 'de')).toMatch(/^Nein — Brasilien — Reserven/);
  });
});

describe('a day claimed for an agreement of the countries named, on which another country\'s record falls', () => {
  it('is judged against their own record, not answered with the other record of that day', () => {
    expect(lead('Did Australia and the US sign their minerals framework on 28 October?', 'en')).toMatch(/^No — 20 Oct 2025: US–Australia framework/);
    expect(lead('Was the Malaysia memorandum on critical minerals signed on 28 October 2025?', 'en')).toMatch(/^No — 26 Oct 2025: US–Malaysia/);
    expect(lead('Wurde das Rahmenabkommen mit Australien am 28. Oktober unterzeichnet?', 'de')).toMatch(/^Nein — 20\. Okt\. 2025: Rahmenabkommen zwischen den USA und Australien/);
    expect(lead('Was the US–Thailand deal signed on 20 October?', 'en')).toMatch(/^No — 26 Oct 2025: US–Thailand MoU/);
    // Guard: the day's own record is still asked of its own countries.
    expect(lead('Was the Japan framework signed on 28 October?', 'en')).toMatch(/^Yes/);
  });
});

describe('a figure claimed as nought ("zero", "null")', () => {
  it('is checked as the number 0, with or without a unit after it', () => {
    expect(lead('Was South Africa\'s rare-earth mine output zero in 2025?', 'en')).toMatch(/^Yes — South Africa — mine production of rare earths in 2025: none/);
    expect(lead('Are America\'s rare-earth reserves zero?', 'en')).toMatch(/^No — United States — reserves/);
    expect(lead('Lag Nigerias Seltenerdförderung 2025 bei null?', 'de')).toMatch(/^Nein — Nigeria/);
    expect(lead('Did Canada mine zero tonnes of rare earths in 2025?', 'en')).toMatch(/^Yes — Canada — mine production of rare earths in 2025: none/);
    expect(lead('Senkten die USA den Fentanyl-Zoll auf null?', 'de')).toMatch(/^Nein/);
  });
});

describe('a place no text names, after a word of place ("in Osaka")', () => {
  it('leaves a German claim unsettled, as an English one is, rather than "Ja" from the record\'s other words', () => {
    expect(lead('Wurde das Rahmenabkommen in Osaka unterzeichnet?', 'de')).not.toMatch(/^Ja/);
    // Guard: the place the record names still confirms it.
    expect(lead('Wurde das Rahmenabkommen mit Japan in Tokio unterzeichnet?', 'de')).toMatch(/^Ja/);
  });
});

describe('refined gallium, which USGS counts apart from primary output', () => {
  it('answers with the refined high-purity figure, not world mine production', () => {
    // Within the first 300 characters (which of the fact's sentences leads is another matter).
    expect(ask('How much refined gallium did the world produce in 2024?', 'en').slice(0, 300)).toMatch(/refined high-purity output of about 320,000 kg in 2024/);
    expect(ask('How much refined gallium did the world produce in 2024?', 'en')).not.toMatch(/848,000 kg/);
    expect(lead('Wie viel hochreines Gallium entstand 2024 weltweit?', 'de')).toMatch(/320\.000 kg raffiniertes hochreines/);
    // Guard: gallium asked without the word stays primary output.
    expect(lead('World gallium production in 2024?', 'en')).toMatch(/^World — mine production of gallium in 2024: 848,000 kg/);
  });
});

describe('a company readers name in rare-earth news', () => {
  it('gets the honest "no company figures", in German as in English, not the world figure', () => {
    expect(lead('Wie viele Tonnen hat Glencore 2024 an Kobalt gefördert?', 'de')).toMatch(/^Dazu hat der Datensatz keine Zahl \(Glencore\)/);
    expect(lead('What was Lynas Rare Earths\' output in 2025?', 'en')).toMatch(/^The dataset has no figure for that/);
  });
  it('is no country through a two-letter code opening its name ("MP Materials")', () => {
    expect(lead('Wie viel Seltene Erden förderte MP Materials 2024?', 'de')).not.toMatch(/Marianen/);
  });
});

describe('"SE", the German shorthand for Seltene Erden', () => {
  it('names the rare earths, not Sweden', () => {
    expect(lead('Wie groß sind Brasiliens SE-Reserven?', 'de')).toMatch(/^Brasilien — Reserven \(Seltene Erden\)/);
    expect(lead('SE-Förderung der USA 2025?', 'de')).toMatch(/^Vereinigte Staaten — Bergwerksförderung \(Seltene Erden\) 2025/);
  });
});

describe('a scale word in the singular or of trillions ("1 Milliarde", "¥9.9 trillion")', () => {
  it('scales the number as the plural does', () => {
    expect(lead('Stellt jede Seite im Australien-Abkommen mindestens 1 Milliarde Dollar bereit?', 'de')).not.toMatch(/^Nein/);
  });
});

describe('two things set against each other with no number asked ("larger than")', () => {
  it('is not settled by a sentence holding their words but no comparison', () => {
    expect(lead('Was refined gallium output larger than primary gallium output in 2024?', 'en')).not.toMatch(/^Yes/);
    // Guard: two figures stated still settle it.
    expect(lead('Did China mine more rare earths than Australia in 2025?', 'en')).toMatch(/^Yes — /);
  });
});

describe('an element no measure names, asked as lifted', () => {
  it('is no: there was nothing to lift', () => {
    expect(lead('Has China lifted its export controls on cerium?', 'en')).toMatch(/^No — no Chinese export-control measure/);
  });
});

describe('an office asked as held on a day, against the election that gave it', () => {
  it('is yes after the election\'s day and no before it', () => {
    expect(lead('Was Takaichi Japan\'s prime minister on 25 October 2025?', 'en')).toMatch(/^Yes — 21 Oct 2025: Sanae Takaichi elected/);
    expect(lead('War Takaichi am 19. Oktober schon Regierungschefin?', 'de')).toMatch(/^Nein — 21\. Okt\. 2025/);
  });
  it('with a word of electing asks the day of the act', () => {
    expect(lead('Was Takaichi elected on 25 October?', 'en')).toMatch(/^No — 21 Oct 2025/);
  });
});
