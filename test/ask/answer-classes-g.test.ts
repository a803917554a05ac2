// Answer classes of the offline question path (issue 10), seventh part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';
import { parseQuestion } from '../../src/ask/query/parse.js';

const dataset = useDataset();
const { ask, lead } = offlineAsker(dataset);

describe('an exclusion word after what it puts out ("China aside", "Afrika ausgeklammert")', () => {
  it('puts the countries before it out of the ranking', () => {
    const p = parseQuestion('Brazil and China aside, which country has the largest rare earth reserves?', dataset(), 'en');
    expect(p.after?.map((c) => c.id).sort()).toEqual(['BR', 'CN']);
    expect(lead('Brazil and China aside, which country has the largest rare earth reserves?', 'en')).toMatch(/^Australia ranks third/);
  });
  it('puts a continent right before it out', () => {
    expect(lead('Afrika ausgeklammert: Welches Land hat die größten Kobaltreserven?', 'de')).toMatch(/außerhalb von Afrika/);
    expect(lead('Afrika ausgeklammert: Welches Land hat die größten Kobaltreserven?', 'de')).not.toMatch(/Kongo/);
  });
});

describe('two years of one figure side by side ("more last year than the year before", "2025 weniger als 2024")', () => {
  it('reads the years in the order named, "the year before" from the other year', () => {
    const now = new Date('2026-11-29T09:00:00Z');
    expect(parseQuestion('Did Madagascar mine more rare earths last year than the year before?', dataset(), 'en', now).years).toEqual([2025, 2024]);
    expect(parseQuestion('Hat Brasilien 2025 mehr Seltene Erden gefördert als im Vorjahr?', dataset(), 'de', now).years).toEqual([2025, 2024]);
    expect(parseQuestion('How much lithium did Australia produce the year before last?', dataset(), 'en', now).years).toBeUndefined();
  });
  it('gives both figures and answers yes or no for the year named first', () => {
    const en = lead('Did Madagascar mine more rare earths last year than the year before?', 'en');
    expect(en).toMatch(/^Yes — Madagascar — .*2025 2,700 t .* against 2024 1,400 t/);
    const de = lead('Stimmt es, dass China 2025 weniger Gallium erzeugt hat als 2024?', 'de');
    expect(de).toMatch(/^Nein — China — Bergwerksförderung \(Gallium\): 2025 900\.000 kg .* gegenüber 2024 839\.000 kg/);
    expect(lead('Did China’s rare earth mine output stay the same in 2025 as in 2024?', 'en')).toMatch(/^Yes — .*the same figure/);
  });
});

describe('"which month" asks a date, and "travel" is a visit', () => {
  it('reads "which month"/"in welchem Monat" as when', () => {
    expect(parseQuestion('Which month did Trump say he would travel to China in?', dataset(), 'en').operator).toBe('when');
    expect(parseQuestion('In welchem Monat will Trump nach China reisen?', dataset(), 'de').operator).toBe('when');
  });
  it('finds the visit a question calls travel, with its month first', () => {
    expect(lead('Which month did Trump say he would travel to China in?', 'en')).toMatch(/April 2026/);
    expect(lead('Wann will Trump nach China reisen?', 'de')).toMatch(/^April 2026: /);
  });
});

describe('"which came first" puts the two events named in order', () => {
  it('says the earlier one first, with both dates, in either order asked', () => {
    expect(lead('Which came first: the APEC leaders’ meeting in Gyeongju or the Trump–Xi meeting in Busan?', 'en'))
      .toMatch(/^First: Trump–Xi meeting in Busan \(30 Oct 2025\); then: .*\(31 Oct.*2025\)/);
    expect(lead('Was war zuerst: das Treffen von Trump und Xi in Busan oder die Wahl von Takaichi?', 'de'))
      .toMatch(/^Zuerst: .*Takaichi.*\(21\. Okt\. 2025\); danach: .*Busan \(30\. Okt\. 2025\)/);
  });
});

describe('"when" with a word of publishing and a publisher or an edition asks the publication date', () => {
  it('an edition by its year, a publisher’s report by what it was about', () => {
    expect(lead('When did the 2025 edition of the Mineral Commodity Summaries come out?', 'en')).toMatch(/^31 Jan 2025: USGS MCS 2025 was published\./);
    expect(lead('Wann hat Reuters berichtet, dass die USGS Vietnams Reserven gesenkt hat?', 'de')).toMatch(/^13\. März 2025: Meldung von Reuters/);
  });
  it('with a colloquial verb of publishing ("broke", "kam raus")', () => {
    expect(lead('Reuters broke the story of the Vietnam reserves cut - on what date?', 'en')).toMatch(/^13 Mar 2025: Reuters/);
    expect(lead('Und die Ausgabe 2024 – in welchem Monat kam die raus?', 'de')).toMatch(/^31\. Jan\. 2024: USGS MCS 2024/);
  });
  it('not when a count is asked beside a clause of time', () => {
    expect(lead('USGS revised some reserves when MCS 2026 came out - how many countries?', 'en')).not.toMatch(/was published/);
  });
  it('not a date the report speaks of', () => {
    expect(lead('Im ZDF-Artikel heißt es, Trump treffe Xi am Donnerstag. Welches Datum war das?', 'de')).not.toMatch(/^28\. Okt/);
  });
});

describe('"whether"/"ob" opens a yes/no question, and "top" before a quantity is "more than"', () => {
  it('answers no with the figure when the bound is not reached', () => {
    expect(lead('Any idea whether Brazil’s rare earth reserves top 30 million tonnes?', 'en')).toMatch(/^No — Brazil — reserves of rare earths: /);
    expect(lead('Weißt du, ob Grönland mehr als zwei Millionen Tonnen Seltenerdreserven hat?', 'de')).toMatch(/^Nein — Grönland — Reserven/);
  });
  it('"top 3" before a count stays a ranking', () => {
    expect(parseQuestion('top 3 countries for rare earth reserves', dataset(), 'en').topN).toBe(3);
    expect(parseQuestion('Do China’s reserves top 40 million tonnes?', dataset(), 'en').operator).not.toBe('top');
  });
});

describe('a range of quantities ("between 1 and 2 million tonnes", "zwischen einer und zwei Millionen Tonnen")', () => {
  it('lists the countries inside it', () => {
    const de = lead('Welche Länder haben Seltenerdreserven zwischen einer und zwei Millionen Tonnen?', 'de');
    expect(de).toMatch(/^Zwischen den genannten Mengen — Reserven \(Seltene Erden\)/);
    expect(de).toMatch(/Grönland 1,5 Mio\. t/);
    expect(de).not.toMatch(/China|Brasilien/);
  });
  it('answers yes or no for one country, and years are no range', () => {
    expect(lead('Are Greenland’s rare earth reserves between 1 and 2 million tonnes?', 'en')).toMatch(/^Yes — Greenland/);
    expect(lead('Are Brazil’s rare earth reserves between 1 and 2 million tonnes?', 'en')).toMatch(/^No — Brazil/);
    expect(parseQuestion('What happened between 2024 and 2025?', dataset(), 'en').range).toBeUndefined();
  });
});

describe('a term after the subjects of a figure is no definition asked ("… gallium output in 2024 – what does USGS give?")', () => {
  it('answers the figure; the term alone is still defined', () => {
    expect(lead('Japan’s gallium output in 2024 - what does USGS give?', 'en')).toMatch(/^Japan — mine production of gallium in 2024: /);
    expect(lead('What does USGS stand for?', 'en')).toMatch(/U\.S\. Geological Survey/);
  });
});

describe('a clause of context before ", but …?" / ", aber …?" asks nothing', () => {
  it('the clause after the joining word is the question, its subjects from the context', () => {
    expect(lead('Germany mines no rare earths, but how big are its reserves?', 'en')).not.toMatch(/mine production/);
    expect(lead('Tanzania doesn’t mine rare earths yet, but how big are its reserves according to the USGS?', 'en')).toMatch(/^Tanzania — reserves of rare earths: /);
    expect(lead('Grönland fördert noch nichts, aber wie groß sind seine Seltenerdreserven?', 'de')).toMatch(/^Grönland — Reserven \(Seltene Erden\): /);
  });
});

describe('"came out of" is an event’s outcome, and a country’s output when no event is named', () => {
  it('reads both', () => {
    expect(lead('How much lithium came out of Chile last year?', 'en')).toMatch(/^Chile — mine production of lithium in 2025: /);
    expect(lead('What came out of the Tokyo meeting between Trump and Takaichi?', 'en')).not.toMatch(/mine production/);
  });
});

describe('"who" asking whose something is, with no event named, is provenance', () => {
  it('names the source’s author', () => {
    expect(ask('Who is the USGS expert behind the light and heavy split?', 'en')).toMatch(/Cordier/);
    expect(ask('Wer ist der USGS-Experte hinter der Einteilung in leichte und schwere Seltene Erden?', 'de')).toMatch(/Cordier/);
  });
});

describe('a date written with dots is day first ("09.11.2025"), with or without a year', () => {
  it('reads 9 November, not 11 September', () => {
    expect(parseQuestion('Was geschah am 09.11.2025 in Peking?', dataset(), 'de').time).toMatchObject({ kind: 'day', start: '2025-11-09' });
    expect(parseQuestion('What happened on 07.11.2025?', dataset(), 'en').time).toMatchObject({ kind: 'day', start: '2025-11-07' });
    expect(parseQuestion('Was geschah am 09.10.?', dataset(), 'de').time).toMatchObject({ kind: 'day', start: '2025-10-09' });
    expect(lead('Was geschah am 09.11.2025 in Peking?', 'de')).toMatch(/Gallium, Germanium und Antimon/);
  });
});

describe('a yes/no comparison asks about the country before "than", and may follow a topic and a colon', () => {
  it('answers for the one measured against the other', () => {
    expect(lead('On Brazil: does China have more rare earth reserves than Brazil?', 'en')).toMatch(/^Yes — /);
    expect(lead('On Brazil: does China have fewer rare earth reserves than Brazil?', 'en')).toMatch(/^No — /);
    expect(lead('Zu Brasilien: Hat China mehr Seltenerdreserven als Brasilien?', 'de')).toMatch(/^Ja — /);
  });
});

describe('a ranking asked of one edition, and "out-produce" compares', () => {
  it('ranks by the edition named', () => {
    const de = lead('Laut MCS 2025: Wer war 2024 der zweitgrößte Seltenerdförderer?', 'de');
    expect(de).toMatch(/USGS MCS 2025/);
    expect(de).toMatch(/45\.000 t/);
    expect(lead('Per MCS 2019, which country mined the most lithium?', 'en')).toMatch(/^The dataset has no figure for that/);
  });
  it('"out-produce" sets two countries side by side', () => {
    expect(lead('Did Chile out-produce China in lithium in 2025?', 'en')).toMatch(/Chile .* against China .*/);
  });
});

describe('tonnes asked of a project whose sentence states only a share', () => {
  it('says the dataset has no figure, not the share', () => {
    for (const q of ['How many tonnes a year will Arafura’s Nolans project produce?', 'How many tonnes of gallium a year will the Alcoa-Sojitz plant at Wagerup produce?']) {
      expect(lead(q, 'en')).toMatch(/^The dataset has no figure/);
      expect(lead(q, 'en')).not.toMatch(/%/);
    }
    expect(lead('What share of global rare earths could Arafura’s Nolans project supply?', 'en')).toMatch(/5%/);
  });
});

describe('a fact answering a year asked with another year’s figures', () => {
  it('says "no figure" for that year, naming the year it holds', () => {
    expect(lead('What was mischmetal going for in 2025?', 'en')).toMatch(/^The dataset has no figure for that in 2025, only for 2024/);
    expect(lead('Was kostete Mischmetall 2025?', 'de')).toMatch(/^Dazu hat der Datensatz keine Zahl für 2025, nur für 2024/);
  });
  it('leads with the sentence stating the year asked when the fact holds one', () => {
    expect(lead('What did neodymium oxide average in 2025, in dollars per kg?', 'en')).toMatch(/\$73\/kg in 2025/);
    expect(lead('What did mischmetal cost in 2024?', 'en')).toMatch(/mischmetal 5/);
  });
});

describe('agreements signed at one place, and one put out by "apart from"', () => {
  it('lists every agreement named there, or the one between exactly the countries named', () => {
    const all = lead('What agreements were signed in Kuala Lumpur?', 'en');
    expect(all).toMatch(/Thailand–Cambodia joint declaration/);
    expect(all).toMatch(/US–Malaysia/);
    expect(all).toMatch(/US–Thailand MoU/);
    expect(lead('What did the US and Malaysia agree in Kuala Lumpur?', 'en')).toMatch(/^US–Malaysia reciprocal-trade agreement/);
  });
  it('puts out the event named after "apart from"/"außer"', () => {
    const en = lead('Apart from the peace accord, what did Trump sign in Kuala Lumpur?', 'en');
    expect(en).toMatch(/US–Malaysia/);
    expect(en).not.toMatch(/Cambodia/);
    expect(lead('Außer dem Friedensabkommen: Was hat Trump in Kuala Lumpur unterzeichnet?', 'de')).not.toMatch(/Kambodscha/);
  });
});
