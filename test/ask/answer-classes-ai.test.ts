// Answer classes of the offline question path (issue 10), thirty-fifth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('a claim told by someone the dataset does not know ("My neighbour insists …", "Meine Schwester meint, …")', () => {
  it('is checked as the claim alone', () => {
    expect(lead('My neighbour insists that China\'s 2024 separation quota was 300,000 t. Is that right?', 'en')).toMatch(/^No — China's 2024 rare-earth quotas/);
    expect(lead('Meine Schwester meint, Chinas Abbauquote 2024 habe 270.000 Tonnen betragen. Stimmt das?', 'de')).toMatch(/^Ja — Chinas Seltene-Erden-Quoten 2024/);
  });
  it('keeps a teller the news names, whose words are themselves the question', () => {
    // Guard: "Trump said …" is not stripped to a bare claim.
    expect(lead('Trump said the fentanyl tariff would go from 20% to 10%. True?', 'en')).toMatch(/Trump/);
  });
});

describe('a closing tag that offers two answers ("Right or wrong?", "richtig oder falsch?")', () => {
  it('asks yes or no, as the last sentence or after a statement', () => {
    expect(lead('My teacher says lutetium is a light rare earth. Right or wrong under the USGS split?', 'en')).toMatch(/^No — Lutetium is a heavy rare earth/);
    expect(lead('Cerium ist eine leichte Seltene Erde, richtig oder falsch?', 'de')).toMatch(/^Ja — Cer/);
  });
  it('still offers a choice where the words are the topic\'s ("light or heavy")', () => {
    // Guard: two classes offered are no yes/no question.
    expect(lead('Is lutetium light or heavy?', 'en')).not.toMatch(/^(Yes|No)\b/);
  });
});

describe('"since when" asked of a measure whose record says since when it stands', () => {
  it('opens with the date after "since", not the day the record reports it on', () => {
    expect(lead('Since when has Malaysia kept raw rare earths from being exported?', 'en')).toMatch(/^Since January 2024/);
    expect(lead('Seit wann gilt Malaysias Exportverbot für unverarbeitete Seltene Erden?', 'de')).toMatch(/^Seit Januar 2024/);
  });
  it('leaves "when" without "since" to the record\'s day', () => {
    // Guard: the minister's statement is dated by its own day.
    expect(lead('When did Malaysia\'s trade minister say the raw rare-earth ban stays?', 'en')).toMatch(/^29 Oct 2025/);
  });
});

describe('a yes/no question naming two countries but no comparison ("Hat China das Verbot, in die USA zu liefern, aufgehoben?")', () => {
  it('gets no verdict from which country produces more', () => {
    expect(lead('Hat China das Verbot, Antimon in die USA zu liefern, endgültig aufgehoben?', 'de')).not.toMatch(/liegt vorn/);
    expect(lead('Hat China die Sperre, Seltene Erden in die USA zu liefern, aufgehoben?', 'de')).not.toMatch(/^Ja — Bergwerksförderung/);
  });
  it('keeps the verdict when a comparison is asked', () => {
    // Guard: "mehr als" compares.
    expect(lead('Fördert China mehr Seltene Erden als die USA?', 'de')).toMatch(/^Ja — Bergwerksförderung/);
  });
});

describe('a figure claimed against a sentence stating no number ("Förderquote 2024 bei 270.000 Tonnen?")', () => {
  it('is not denied by a negation of something else in that sentence', () => {
    expect(lead('Lag Chinas Förderquote 2024 bei 270.000 Tonnen?', 'de')).not.toMatch(/^Nein/);
    expect(lead('Chinas Trennquote 2024 lag bei 250.000 Tonnen. Stimmt das?', 'de')).not.toMatch(/^Nein/);
  });
  it('is still denied by the figure stated', () => {
    // Guard: the lead's own tonnage says no to another.
    expect(lead('Lag Chinas Abbauquote 2024 bei 300.000 Tonnen?', 'de')).toMatch(/^Nein — Chinas Seltene-Erden-Quoten 2024/);
  });
});
