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
