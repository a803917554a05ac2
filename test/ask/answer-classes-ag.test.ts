// Answer classes of the offline question path (issue 10), thirty-third part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead, ask } = offlineAsker(dataset);

describe('an edition the dataset holds only in part (MCS 2023: reserves quoted where later editions revised them)', () => {
  it('answers a country it holds, with that edition named', () => {
    expect(lead('What did USGS MCS 2023 give for India\'s rare-earth reserves?', 'en')).toMatch(/^India — reserves of rare earths: 6\.9 million t, USGS MCS 2023/);
    expect(lead('Südafrikas Seltenerdreserven laut MCS 2023?', 'de')).toMatch(/^Südafrika — Reserven \(Seltene Erden\): 790\.000 t, USGS MCS 2023/);
  });
  it('says of a country it does not hold that it holds only part of the edition, not that USGS gave no figure', () => {
    const reply = lead('Canada rare earth reserves in MCS 2023?', 'en');
    expect(reply).toMatch(/only some countries' figures/);
    expect(reply).not.toMatch(/gives no/);
  });
  it('never ranks it: a few countries would read as the whole table', () => {
    expect(lead('Which three countries had the largest rare-earth reserves in MCS 2023?', 'en')).toMatch(/cannot rank that edition/);
    expect(lead('Welches Land hatte laut MCS 2023 die größten Seltenerdreserven?', 'de')).toMatch(/Rangfolge/);
    // Guard: a whole edition still ranks.
    expect(lead('Which three countries had the largest rare-earth reserves in MCS 2025?', 'en')).toMatch(/^Largest reserves of rare earths \(USGS MCS 2025\): 1\. China/);
  });
});

describe('a figure asked edition by edition', () => {
  it('lists what each edition gave, oldest first, when several editions are named', () => {
    expect(lead('Vietnam rare-earth reserves in MCS 2023, MCS 2024 and MCS 2025?', 'en'))
      .toBe('Vietnam — reserves of rare earths, edition by edition: 22 million t (USGS MCS 2023); 22 million t (USGS MCS 2024); 3.5 million t (USGS MCS 2025).');
    expect(lead('Indiens Seltenerdreserven in den Ausgaben 2024 bis 2026?', 'de')).toMatch(/^Indien — Reserven \(Seltene Erden\), Ausgabe für Ausgabe: 6,9 Mio\. t \(USGS MCS 2024\); 6,9 Mio\. t \(USGS MCS 2025\); nicht verfügbar \(USGS MCS 2026/);
  });
  it('of two editions set side by side, but not of two set against each other in separate clauses', () => {
    expect(lead('US rare-earth reserves, MCS 2023 against MCS 2025?', 'en')).toMatch(/^United States — reserves of rare earths, edition by edition: 2\.3 million t \(USGS MCS 2023\); 1\.8 million t \(USGS MCS 2024\); 1\.9 million t/);
    expect(lead('India\'s reserves: MCS 2025 gave a figure, what does MCS 2026 give?', 'en')).not.toMatch(/edition by edition/);
  });
  it('from an edition "since" names to the newest, with an errata release after the value it replaced', () => {
    expect(lead('How has Brazil\'s rare-earth reserve figure developed since MCS 2025?', 'en'))
      .toBe('Brazil — reserves of rare earths, edition by edition: 21 million t (USGS MCS 2025); 21 million t (USGS MCS 2026 (v1.0)); 11 million t (USGS MCS 2026 (v1.3)).');
  });
  it('of a data year for production', () => {
    expect(lead('Thailand rare-earth mine output for 2024, edition by edition?', 'en')).toMatch(/^Thailand — mine production of rare earths in 2024, edition by edition: 13,000 t .*\(USGS MCS 2025\); 2,100 t/);
  });
  it('says when the record starts later than the edition asked from', () => {
    expect(ask('China rare-earth reserves edition by edition since MCS 2023?', 'en')).toMatch(/holds no figure from the 2023 edition for China/);
  });
  it('leaves a yes/no question and a single edition to the figure answer (guards)', () => {
    expect(lead('Were Vietnam\'s rare-earth reserves cut in MCS 2025?', 'en')).toMatch(/^Yes — Vietnam/);
    expect(lead('Vietnam rare-earth reserves in MCS 2024?', 'en')).toMatch(/^Vietnam — reserves of rare earths: 22 million t, USGS MCS 2024/);
  });
});

describe('a country adjective before a compound of mineral and figure ("Russische Seltenerdreserven")', () => {
  it('names the country even when a year brings an event of that country into the question', () => {
    expect(lead('Kanadische Seltenerdreserven 2025?', 'de')).toMatch(/^Kanada — Reserven/);
    expect(lead('Russische Seltenerdreserven laut MCS 2025?', 'de')).toMatch(/^Russland — Reserven \(Seltene Erden\): 3,8 Mio\. t, USGS MCS 2025/);
  });
});

describe('a suspension claimed to last a span of months or years', () => {
  it('is checked against the days its records give (7 Nov 2025 to 10 Nov 2026)', () => {
    expect(lead('Were the October controls suspended for eighteen months?', 'en')).toMatch(/^No — /);
    expect(lead('Wurden die Oktober-Kontrollen für rund ein Jahr ausgesetzt?', 'de')).toMatch(/^Ja — /);
    // Guard: an end day claimed is still read as before.
    expect(lead('Were the October controls suspended until 10 November 2026?', 'en')).toMatch(/^Yes — /);
  });
});

describe('an element\'s control asked of today', () => {
  it('is its state, not the day of a measure', () => {
    const reply = lead('Is erbium export-controlled today?', 'en');
    expect(reply).not.toMatch(/^(Yes|No)\b/);
    expect(reply).toMatch(/does not record what followed/);
    expect(lead('Is terbium export-controlled today?', 'en')).toMatch(/^Yes — Terbium is covered/);
  });
});

describe('an element inside a product\'s name beside one named outright ("NdFeB magnets containing terbium")', () => {
  it('asks the control of the one named outright', () => {
    expect(lead('Are NdFeB magnets containing terbium subject to the April 2025 controls?', 'en')).toMatch(/^Yes — (Terbium|China's export controls on seven)/);
    expect(lead('Fallen NdFeB-Magnete mit Terbium unter die Kontrollen vom April?', 'de')).toMatch(/^Ja — /);
  });
});

describe('a figure a publication is asked to have given ("Does the ZDF report give …?")', () => {
  it('is checked against what it gave, not against USGS', () => {
    expect(lead('Does the ZDF report give Vietnam 21 million tonnes?', 'en')).toMatch(/^Yes — The ZDF\/AFP article/);
    expect(lead('Nennt der ZDF-Artikel für Brasilien 21 Millionen Tonnen?', 'de')).toMatch(/^Nein — Der ZDF\/AFP-Artikel/);
  });
});

describe('a yes/no question on an event, judged by a sentence stating no day', () => {
  it('is no for a year before the event', () => {
    expect(lead('Was the US-Australia framework signed in 2023?', 'en')).toMatch(/^No — /);
    expect(lead('Wurde das Abkommen mit Japan 2023 unterzeichnet?', 'de')).toMatch(/^Nein — /);
  });
  it('is not contradicted by a month the sentence names itself', () => {
    expect(lead('Did the reaffirmed July deal set a 15% tariff?', 'en')).toMatch(/^Yes — /);
  });
  it('gives a witness no "yes" from words naming the event', () => {
    expect(lead('Did Trump sign the KL peace deal?', 'en')).toMatch(/^No — /);
    expect(lead('Did Anwar Ibrahim sign the Kuala Lumpur peace deal?', 'en')).toMatch(/^No — /);
    // Guard: one who signed it.
    expect(lead('Did Anutin sign the KL peace deal?', 'en')).toMatch(/^Yes — /);
  });
  it('asked of the witnesses, says yes of one among them and no of one who did the act', () => {
    expect(lead('Was the KL peace deal witnessed by Anwar Ibrahim?', 'en')).toMatch(/^Yes — /);
    expect(lead('Did Trump witness the KL peace deal?', 'en')).toMatch(/^Yes — /);
    expect(lead('Was the KL peace deal witnessed by Anutin?', 'en')).toMatch(/^No — /);
  });
  it('reads a German compound claimed of a measure by its last part when nothing else matches', () => {
    expect(lead('War die Kontrolle vom April ein Exportverbot?', 'de')).toMatch(/^Nein — .*nicht um ein Verbot/);
  });
});

describe('German words of a fall or rise ("gingen zurück", "Rückgang") and the imports of the USA by their German name', () => {
  it('ask the change of the US import value, which the dataset holds, not a figure it lacks', () => {
    const reply = ask('Wie stark gingen die US-Importe von Verbindungen und Metallen 2024 zurück?', 'de');
    expect(reply).not.toMatch(/keine Zahl/);
    expect(reply).toMatch(/170 Mio\. Dollar, 11 % weniger/);
  });
});

describe('two editions named in a question of change ("between MCS 2023 and MCS 2025")', () => {
  it('are editions, not a data year, and the change runs from the first to the second', () => {
    expect(lead('Did Vietnam\'s rare-earth reserves shrink from MCS 2024 to MCS 2025?', 'en')).toMatch(/^Yes — Vietnam/);
    expect(lead('Sanken Russlands Seltenerdreserven zwischen MCS 2023 und MCS 2024?', 'de')).toMatch(/^Ja — Russland/);
    // 2.3 Mt (MCS 2023) to 1.9 Mt (MCS 2025), though MCS 2024 had 1.8 Mt.
    expect(lead('Did US rare-earth reserves go down between MCS 2023 and MCS 2025?', 'en')).toMatch(/^Yes — United States/);
  });
  it('leaves a data year beside one edition a data year ("2024 laut MCS 2026")', () => {
    expect(lead('Brasilianische Seltenerdförderung 2024 laut MCS 2026?', 'de')).not.toMatch(/Ausgabe für Ausgabe/);
  });
});

describe('a year asked before every event the question names', () => {
  it('is no, when the sentence judged states no day of its own', () => {
    expect(lead('Did Takaichi become prime minister in 2023?', 'en')).toMatch(/^No — /);
    expect(lead('Wurde die Erklärung von Gyeongju 2024 verabschiedet?', 'de')).toMatch(/^Nein — /);
  });
});

describe('an element asked of one measure named with its month, with a word of control ("covered by the April 2025 controls?")', () => {
  it('is settled by that measure\'s list, not by the element\'s state today', () => {
    expect(lead('Is erbium covered by the April 2025 controls?', 'en')).toMatch(/^No — China's export controls on seven/);
    expect(lead('Is lutetium covered by the April 2025 controls?', 'en')).toMatch(/^Yes — China's export controls on seven/);
  });
});
