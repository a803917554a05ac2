// Answer classes of the offline question path (issue 10), twelfth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('a German question opening with a preposition and a question word ("Seit wann gilt …?")', () => {
  it('is an open question, not a yes/no question read off a verb-like preposition', () => {
    expect(lead('Seit wann gilt die Waffenruhe zwischen Thailand und Kambodscha?', 'de')).not.toMatch(/^(Ja|Nein) —/);
    expect(lead('Seit wann gelten Chinas Exportkontrollen für Dysprosium?', 'de')).toMatch(/^4\. Apr\. 2025/);
  });
});

describe('a date the question asks of something an event’s record dates in passing ("a ceasefire on 28 July")', () => {
  it('answers the date nearest the asked word, of the year the clause states, even before the event’s own date', () => {
    expect(lead('Seit wann gilt die Waffenruhe zwischen Thailand und Kambodscha?', 'de')).toMatch(/^28\. Juli 2025:/);
    expect(lead('Wann begann die Waffenruhe zwischen Thailand und Kambodscha?', 'de')).toMatch(/^28\. Juli 2025:/);
    expect(lead('When did the border clashes between Thailand and Cambodia break out?', 'en')).toMatch(/^July 2025:/);
    expect(lead('Wann ist die thailändische Königinmutter Sirikit gestorben?', 'de')).toMatch(/^24\. Okt\. 2025:/);
  });

  it('never answers with the date the question itself states as context', () => {
    expect(lead('When was the Thailand-Cambodia ceasefire agreed after the July 2025 clashes?', 'en')).toMatch(/^28 Jul 2025:/);
  });

  it('keeps the event’s own date when the question adds nothing the record dates', () => {
    expect(lead('When was the Thailand-Cambodia joint declaration signed?', 'en')).toMatch(/^26 Oct 2025:/);
  });
});

describe('a year written as the USGS tables mark estimates ("2025e")', () => {
  it('is that year, so a year with no measure asks its production', () => {
    expect(lead('Indonesia cobalt, 2025e, in t?', 'en')).toMatch(/^Indonesia — mine production of cobalt in 2025: 44,000 t/);
  });
});

describe('a figure set equal to a number and asked ("output 2025 = 300 kt?")', () => {
  it('is a claim to check: yes or no first, with the figure', () => {
    expect(lead('China REE mine output 2025 = 300 kt?', 'en')).toMatch(/^No — China — mine production of rare earths in 2025: 270,000 t/);
    expect(lead('China REE mine output 2025 = 270 kt?', 'en')).toMatch(/^Yes — /);
  });
});

describe('"ahead of", "vorne" between two countries', () => {
  it('compares them, with both figures', () => {
    expect(lead('Is Russia now ahead of Indonesia in cobalt reserves?', 'en')).toMatch(/^Yes — Reserves \(Cobalt\): Russia 800,000 t .* against Indonesia 760,000 t/);
    expect(lead('Kobaltreserven: liegt Indonesien vorne oder Russland?', 'de')).toMatch(/Russland 800\.000 t/);
  });
});

describe('two countries compared on a commodity no USGS table of the dataset holds', () => {
  it('answers from the fact naming both, rather than the scope note or another commodity', () => {
    expect(lead('Primärgermanium 2022 – lag Russland oder Belgien vorne, und mit wie viel?', 'de')).toMatch(/6 t auf Russland und 4 t auf Belgien/);
  });
});

describe('more than one date asked ("an welchen Tagen?", "exact dates")', () => {
  it('gives the dates of the two events found, in order', () => {
    expect(lead('Takaichi: Wahl zur Premierministerin und erste Grundsatzrede – an welchen Tagen?', 'de')).toMatch(/^21\. Okt\. 2025: .*; 24\. Okt\. 2025: /);
    expect(lead('Welche zwei Daten: Wahl von Takaichi und Treffen von Trump und Xi?', 'de')).toMatch(/^21\. Okt\. 2025: .*; 30\. Okt\. 2025: /);
  });

  it('gives an event of several days its own days', () => {
    expect(lead('An welchen Tagen fand der APEC-Gipfel statt?', 'de')).toMatch(/^31\. Okt\. – 1\. Nov\. 2025: /);
  });
});

describe('"bis zu welchem Tag", "until which day"', () => {
  it('asks the end date the record states', () => {
    expect(lead('Bis zu welchem Tag wurden die Ausnahmen nach Section 301 verlängert?', 'de')).toMatch(/^10\. Nov\. 2026: /);
  });
});
