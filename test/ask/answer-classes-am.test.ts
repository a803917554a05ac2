// Answer classes of the offline question path (issue 10), thirty-ninth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { ask, lead } = offlineAsker(dataset);

describe('a suspension asked as extended ("prolonged past …", "verlängert")', () => {
  it('says the dataset records no extension, with the end it does record', () => {
    expect(lead('Did Beijing prolong the pause on the October 2025 measures past its end date?', 'en'))
      .toMatch(/^The dataset \(as of .*\) records no extension: the suspension ran until 10 Nov 2026/);
    expect(lead('Hat Peking die Aussetzung des Ausfuhrverbots für Gallium in die USA verlängert?', 'de'))
      .toMatch(/^Eine Verlängerung verzeichnet der Datensatz \(Stand .*\) nicht: Die Aussetzung lief bis zum 27\. Nov\. 2026/);
  });
  it('while a record that itself extends a suspension still answers yes', () => {
    // Guard: MOFCOM's note on Busan says the US extends the suspension of the 24 % reciprocal tariff.
    expect(lead('Was the suspension of the 24% reciprocal tariff extended by the US?', 'en')).toMatch(/^Yes — /);
    // A German compound holds the word asked ("Gegenzolls" of "Zolls").
    expect(lead('Ist die Aussetzung des US-Zolls von 24 Prozent verlängert worden?', 'de')).toMatch(/^(?:Ja — )?Treffen von Trump und Xi in Busan/);
  });
});

describe('a suspension asked as run out ("lapsed by now?", "abgelaufen?")', () => {
  it('after its end: the end, and that the dataset does not record what followed', () => {
    expect(lead('By now, has the pause on the October 2025 controls lapsed?', 'en')).toMatch(/^The suspension ran until 10 Nov 2026/);
    expect(lead('Ist die Aussetzung des Galliumverbots mittlerweile abgelaufen?', 'de')).toMatch(/^Die Aussetzung lief bis zum 27\. Nov\. 2026/);
  });
  it('before its end: no, with the day it runs until', () => {
    expect(lead('Was the pause on the October 2025 controls over by 20 October 2026?', 'en')).toMatch(/^No — suspended until 10 Nov 2026/);
  });
});

describe('an event\'s answer stating what its sources dispute carries the dispute', () => {
  it('a length, a venue or days one outlet gives differently', () => {
    const length = ask('For how many minutes did Xi and Trump talk in Busan?', 'en');
    expect(length.split('\n')[0]).toMatch(/1 hour 40 minutes/);
    expect(length).toMatch(/Sources differ: .*"nearly two hours" \(Reuters\)/);
    expect(ask('Wo genau kamen Xi und Trump zusammen?', 'de')).toMatch(/Die Quellen weichen ab: .*internationale Flughafen Gimhae/);
    expect(ask('Von wann bis wann lief die fünfte Verhandlungsrunde in Kuala Lumpur?', 'de')).toMatch(/Die Quellen weichen ab: .*25\.–27\. Oktober/);
  });
  it('while the lead still answers first and an undisputed detail gets no note', () => {
    // Guard: the Tokyo framework's place is not disputed, only its day.
    expect(ask('In which building was the US–Japan critical minerals framework signed?', 'en')).not.toMatch(/Sources differ/);
  });
});

describe('the controlled elements of one class, of the one measure the question names', () => {
  it('counts the class among that measure\'s elements only', () => {
    expect(lead('Of the rare earths China put under licence in April 2025, which ones count as heavy?', 'en'))
      .toMatch(/^4 of the 7 rare earths covered on 4 Apr 2025 \(China's export controls on seven .*\(Announcement No\. 18\)\) are heavy .*Yttrium \(Y\), Terbium \(Tb\), Dysprosium \(Dy\) and Lutetium \(Lu\)/);
  });
  it('while a year holding several measures names none of them', () => {
    // Guard: 2025 holds the April and the October measures.
    expect(lead('How many of the rare earths China put under licensing in 2025 are heavy ones?', 'en')).toMatch(/^8 of the 12 rare earths/);
  });
});

describe('an element used for what the question asks, among several', () => {
  it('names every element whose uses state it', () => {
    expect(lead('Which rare earths serve as neutron absorbers?', 'en')).toMatch(/Samarium \(Sm\) and Gadolinium \(Gd\)/);
  });
});

describe('a figure\'s change asked as going on now ("are … rising?", "Steigen …?")', () => {
  it('is read against the edition before the newest, not an older one', () => {
    expect(lead('Are America\'s rare-earth reserves increasing?', 'en')).toMatch(/^No — United States — reserves of rare earths: 1\.9 million t/);
    expect(lead('Steigen die Reserven der Vereinigten Staaten an Seltenen Erden?', 'de')).toMatch(/^Nein — Vereinigte Staaten — Reserven/);
  });
  it('while a revision asked of the source still reads the figure it replaced', () => {
    // Guard: USGS raised the US figure from 1.8 to 1.9 million t in MCS 2025.
    expect(lead('Did the USGS raise its figure for US rare-earth reserves?', 'en')).toMatch(/^Yes — /);
  });
});
