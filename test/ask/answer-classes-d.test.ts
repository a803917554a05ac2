// Answer classes of the offline question path (issue 10), fourth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { ask, lead } = offlineAsker(dataset);

describe('who wrote or supplied a text: the sources’ notes', () => {
  it('the author of a cited article, asked by the article', () => {
    expect(lead('Who wrote the EARTH Magazine article on rare earths?', 'en')).toMatch(/^EARTH Magazine, .*Daniel J\. Cordier, the USGS rare-earth commodity specialist/);
  });
  it('a person the notes name is on the beat, in either language', () => {
    expect(lead('Wer ist Daniel Cordier?', 'de')).toMatch(/Cordier, dem Seltene-Erden-Fachmann des USGS/);
  });
  it('the agency behind a report, named by its publisher’s acronym', () => {
    expect(lead('Welche Agentur lieferte das Material für den ZDF-Bericht?', 'de')).toMatch(/^ZDF\/AFP, „.*“: Bericht von ZDF heute mit AFP-Material/);
  });
  it('whose figures an article cites: the note that says it', () => {
    expect(lead('whose figures does the ZDF article use for reserves?', 'en')).toMatch(/reserve figures cite "a USGS assessment of 2024"/);
  });
  it('an author question off the beat keeps the scope note', () => {
    expect(ask('Who wrote Harry Potter?', 'en')).toMatch(/outside what I cover/);
  });
  it('a publication’s name in a note places no question about arithmetic', () => {
    expect(ask("what's 17 times 23", 'en')).toMatch(/outside what I cover/);
  });
});

describe('a labelled number names a part of a record ("No. 58", "Nr. 61")', () => {
  it('the clause written with that label answers, not the named country’s reserves', () => {
    expect(lead('Tell me what China’s announcement No. 56 covers', 'en')).toMatch(/: No\. 56: rare-earth production equipment/);
  });
  it('an attribute word beside it does not send it elsewhere', () => {
    expect(lead('Was kontrolliert Peking mit Bekanntmachung Nr. 55?', 'de')).toMatch(/: Nr\. 55: superharte Werkstoffe/);
  });
  it('a bare number is no label: a share stays a share', () => {
    expect(lead('Does 70% of US rare-earth imports come from China?', 'en')).not.toMatch(/Announcement/);
  });
});

describe('import sources asked as where a country gets or buys its rare earths', () => {
  it('"where does the US get … from" is the import sources, not the value of US output', () => {
    expect(lead('Where does the United States get its rare-earth metals?', 'en')).toMatch(/^US import sources of rare-earth compounds and metals.*China 70%/);
  });
  it('"Woher beziehen die USA …", "Aus welchen Ländern …" in German', () => {
    expect(lead('Woher beziehen die USA ihre Seltenen Erden?', 'de')).toMatch(/^Herkunft der US-Importe.*China 70 %/);
    expect(lead('Aus welchen Ländern kaufen die Vereinigten Staaten Seltene Erden?', 'de')).toMatch(/^Herkunft der US-Importe/);
  });
});
