// Answer classes of the offline question path (issue 10), fifth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';
import { parseQuestion } from '../../src/ask/query/parse.js';

const dataset = useDataset();
const { ask, lead } = offlineAsker(dataset);

describe('a year named from today ("last year", "im vergangenen Jahr")', () => {
  it('is the year before the clock’s, for a figure', () => {
    expect(lead('How much rare earth did Burma mine two years ago?', 'en')).toMatch(/^Burma \(Myanmar\) — mine production of rare earths in 2024: 27,000 t/);
    expect(lead('Wie viel Kobalt hat Kongo im vergangenen Jahr gefördert?', 'de')).toMatch(/Bergwerksförderung \(Kobalt\) 2025: /);
  });
  it('moves with the clock: asked a year later, "last year" is the next year', () => {
    const p = parseQuestion('China production last year', dataset(), 'en', new Date('2027-03-01T00:00:00Z'));
    expect(p.time?.start).toBe('2026-01-01');
  });
  it('"this year" with no figure yet is an honest "no figure", with no neighbouring numbers', () => {
    const reply = ask('How much rare earth has Australia mined this year?', 'en');
    expect(reply).toMatch(/^The dataset has no figure for that: .*for 2026/);
    expect(reply).not.toMatch(/\d[\d,.]* t\b/);
  });
  it('gives a date without a year its year', () => {
    expect(parseQuestion('What happened on 9 October last year?', dataset(), 'en', new Date('2027-02-01T00:00:00Z')).time?.start).toBe('2026-10-09');
  });
});

describe('an edition asked for ("MCS 2024", "Ausgabe 2025") is answered from that edition', () => {
  it('the figure that edition printed, with the newest beside it', () => {
    const reply = ask("What were Vietnam's rare earth reserves in MCS 2024?", 'en');
    expect(reply.split('\n')[0]).toMatch(/^Vietnam — reserves of rare earths: 22 million t, USGS MCS 2024/);
    expect(reply).toMatch(/Newest in the dataset: 3\.5 million t, USGS MCS 2026/);
  });
  it('an edition the record is missing from: no figure, and the editions that have it', () => {
    const reply = ask('Kanadas Nickelreserven in der Ausgabe 2026?', 'de');
    expect(reply).toMatch(/^Dazu hat der Datensatz keine Zahl: Aus USGS MCS 2026 \(v1\.0\) enthält er keine Zahl zu Reserven \(Nickel\) für Kanada, nur aus USGS MCS 2025\./);
    expect(reply).not.toMatch(/Mio\. t/);
  });
  it('an edition the dataset does not hold at all', () => {
    expect(lead('China rare earth reserves according to the 2019 edition', 'en')).toMatch(/^The dataset has no figure for that: it does not hold the 2019 edition/);
  });
  it('a year beside the edition word is the figures’ year', () => {
    expect(lead('Welche Kobaltförderung nannte MCS 2025 für Australien im Jahr 2024?', 'de')).toMatch(/2024: .* USGS MCS 2025/);
  });
});

describe('a hyphenated compound whose parts do not join ("US-Seltenerdreserven")', () => {
  it('is read part by part', () => {
    expect(lead('US-Seltenerdreserven?', 'de')).toMatch(/^Vereinigte Staaten — Reserven \(Seltene Erden\): /);
  });
});

describe('an average price asked ("avg", "im Schnitt")', () => {
  it('reads the averaging words as the price asked', () => {
    expect(lead('What did dysprosium oxide cost on average in 2024?', 'en')).toMatch(/dysprosium oxide 260/);
    expect(lead('Wie teuer war Europiumoxid 2024 durchschnittlich?', 'de')).toMatch(/Europiumoxid 27/);
  });
  it('two prices asked how far apart: both figures', () => {
    expect(lead('How far apart were europium oxide and terbium oxide prices in 2024?', 'en')).toMatch(/terbium oxide 810, europium oxide 27/);
  });
});

describe('two figures offered to choose from ("22.000 oder 20.000 t?")', () => {
  it('answers with the figure and the revision behind the other, not with a yes', () => {
    const first = lead("Was Australia's lithium output in 2024 88,000 or 82,700 t?", 'en');
    expect(first).toMatch(/^Australia — mine production of lithium in 2024: 82,700 t, .*from 88,000 t/);
    expect(lead('Lithiumförderung Australiens 2024: erst 88.000, jetzt 82.700 t, stimmt das?', 'de')).toMatch(/^Australien — Bergwerksförderung \(Lithium\) 2024: 82\.700 t, .*von 88\.000 t/);
  });
  it('a casual "jetzt" beside a typed year is no date: the year stands', () => {
    expect(parseQuestion('Kobaltförderung Kongo 2024, erst 220.000 und jetzt?', dataset(), 'de').time?.start).toBe('2024-01-01');
  });
});

describe('misspelt names and compounds', () => {
  it('a two-word name with its second word misspelt ("rare eart")', () => {
    expect(lead('rare eart reserves of Russia?', 'en')).toMatch(/^Russia — reserves of rare earths: 3\.8 million t/);
  });
  it('a compound with its last part misspelt ("Seltenerdförderng")', () => {
    expect(lead('Seltenerdförderng in Australien 2024?', 'de')).toMatch(/^Australien — Bergwerksförderung \(Seltene Erden\) 2024: /);
  });
  it('a word one edit from two parts is left alone, not guessed', () => {
    expect(parseQuestion('Seltenerdxyzabc', dataset(), 'de').unknown).toContain('seltenerdxyzabc');
  });
});

describe('a weekday asked: the weekday with its date, first', () => {
  it('an event statement that opens without a date gets the day it fell on', () => {
    expect(lead('An welchem Wochentag hielt Takaichi ihre Grundsatzrede?', 'de')).toMatch(/^Freitag, 24\. Okt\. 2025: In ihrer ersten Regierungserklärung/);
  });
});

describe('"minerals" is no mining word', () => {
  it('a question about a minerals deal is not read as mine production', () => {
    const p = parseQuestion('What did the critical minerals deal with Japan promise?', dataset(), 'en');
    expect(p.attributes.map((h) => h.attribute.id)).not.toContain('production');
  });
  it('a miner asked about still is', () => {
    expect(lead('Who is the second biggest rare earth miner?', 'en')).toMatch(/^United States ranks second for mine production of rare earths/);
  });
});

describe('"binding" in German', () => {
  it('"bindend" reads as the texts\' "verbindlich": a non-binding MoU is no', () => {
    expect(lead('Ist die Absichtserklärung zwischen den USA und Malaysia bindend?', 'de')).toMatch(/^Nein — .*unverbindliche Absichtserklärung/);
  });
});

describe('"which weekday" asks when', () => {
  it('is read as a date question, not as an unknown word', () => {
    expect(lead('Welcher Wochentag war Takaichis erste Regierungserklärung?', 'de')).toMatch(/^Freitag: Takaichis erste Regierungserklärung: .*\(24\. Okt\. 2025\)/);
    expect(lead('Which weekday was the Trump–Xi meeting in Busan?', 'en')).toMatch(/^Thursday: Trump–Xi meeting in Busan \(30 Oct 2025/);
  });
});

describe('where a country ranks', () => {
  it('its place and figure first, then the ranking down to it', () => {
    const reply = ask('What position does Russia hold for rare earth reserves?', 'en');
    expect(reply.split('\n')[0]).toMatch(/^Russia ranks fourth for reserves of rare earths .* with 3\.8 million t\./);
    expect(reply).toMatch(/Ranking: 1\. China 44 million t; .*4\. Russia 3\.8 million t/);
    expect(lead('Auf welchem Platz liegt Thailand bei der Seltenerdförderung 2025?', 'de')).toMatch(/^Thailand liegt bei Bergwerksförderung \(Seltene Erden\) .* auf Platz 5 mit 4\.800 t/);
  });
  it('a record without a number gets no place', () => {
    expect(lead('thailand rare earth reserves position?', 'en')).not.toMatch(/ranks/);
  });
});

describe('a venue asked ("which palace", "in welchem Palast")', () => {
  it('is the place of the event, not its terms', () => {
    expect(lead('In welchem Palast unterzeichneten Trump und Takaichi das Rahmenabkommen?', 'de')).toMatch(/^Akasaka-Palast \(Staatsgästehaus\), Tokio: /);
    expect(lead('Which palace did Trump and Takaichi sign the framework in?', 'en')).toMatch(/^Akasaka Palace \(State Guest House\), Tokyo: /);
  });
});

describe('a continent put out ("outside Africa", "außerhalb Asiens")', () => {
  it('ranks the countries of the other continents', () => {
    expect(lead('Which country outside Africa mines the most cobalt?', 'en')).toMatch(/^Largest mine production of cobalt outside Africa .*: 1\. Indonesia /);
    expect(lead('Welches Land außerhalb Asiens hat die größten Seltenerdreserven?', 'de')).toMatch(/^Größte Reserven \(Seltene Erden\) außerhalb von Asien .*: 1\. Brasilien 11 Mio\. t/);
  });
  it('a continent asked for still limits the ranking to it', () => {
    expect(lead('Which African country mines the most cobalt?', 'en')).toMatch(/in Africa .*: 1\. Congo/);
  });
});

describe('light verbs of composition ("bestehen aus", "consist of")', () => {
  it('do not keep the count of rare-earth elements from answering', () => {
    expect(lead('Aus wie vielen Elementen bestehen Seltene Erden eigentlich?', 'de')).toMatch(/^Insgesamt 17 Elemente/);
    expect(lead('How many elements do the rare earths consist of?', 'en')).toMatch(/^In all, 17 elements/);
  });
});

describe('a figure stated as a fact is checked against the figure, a bound against the bound', () => {
  it('the figure as stated: yes', () => {
    expect(lead('Does Brazil have 11 million tonnes of rare earth reserves?', 'en')).toMatch(/^Yes — Brazil — reserves of rare earths: 11 million t/);
    expect(lead('Hat Australien 6,3 Mio. t Seltenerdreserven?', 'de')).toMatch(/^Ja — Australien — Reserven \(Seltene Erden\): 6,3 Mio\. t/);
  });
  it('another figure: no, with the figure', () => {
    expect(lead('Russia sits on 10 Mt of rare earths, right?', 'en')).toMatch(/^No — Russia — reserves of rare earths: 3\.8 million t/);
  });
  it('a bound reads as a bound ("over", "mindestens")', () => {
    expect(lead('Does Brazil hold over 10 Mt of rare earth reserves?', 'en')).toMatch(/^Yes — Brazil/);
    expect(lead('Hat Australien mindestens 7 Mio. t Seltenerdreserven?', 'de')).toMatch(/^Nein — Australien/);
  });
});

describe('both element classes asked ("light and heavy")', () => {
  it('lists each class with its elements', () => {
    const first = lead('Which rare earths count as heavy and which as light?', 'en');
    expect(first).toMatch(/^8 light rare earths .*Gadolinium \(Gd\)\. 8 heavy rare earths .*Terbium \(Tb\)/);
  });
  it('one class asked: that one only', () => {
    expect(lead('Welche Seltenen Erden sind schwer?', 'de')).not.toMatch(/leichte/);
  });
});

describe('a request off the beat that happens to use one word of a topic the dataset lacks', () => {
  it('gets the scope note, not "no figure"', () => {
    expect(ask('draft an instagram caption for my first day at the new job', 'en')).toMatch(/outside what I cover/);
  });
  it('a short question on that topic keeps its honest "no figure"', () => {
    expect(ask('How many jobs will the Japan deal create?', 'en')).not.toMatch(/outside what I cover/);
  });
});

describe('readers\' words for an office ("Regierungschefin")', () => {
  it('read as the texts\' word', () => {
    expect(lead('Wann wurde Takaichi Regierungschefin?', 'de')).toMatch(/^21\. Okt\. 2025: Sanae Takaichi zur ersten Premierministerin Japans gewählt/);
  });
});

describe('an inflected function word is no unknown topic', () => {
  it('"ursprünglicher" is read like the stopword "ursprünglich"', () => {
    const p = parseQuestion('Wie groß waren Brasiliens ursprünglicher Reserven?', dataset(), 'de');
    expect(p.unknown).not.toContain('ursprunglicher');
  });
  it('a content word whose stem is no stopword\'s stays unknown', () => {
    expect(parseQuestion('Wie viel Seltene Erden lagern in Sachsen?', dataset(), 'de').unknown).toContain('lagern');
  });
});
