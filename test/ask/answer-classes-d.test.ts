// Answer classes of the offline question path (issue 10), fourth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';
import { splitSentences } from '../../src/ask/query/sentences.js';

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

describe('a later day a record announces, asked by that day', () => {
  it('a German ordinal before a noun does not end a sentence ("zum 250. Jahrestag")', () => {
    expect(splitSentences(dataset(), 'Er reiste zum 47. ASEAN-Gipfel nach Kuala Lumpur. Danach flog er weiter.')).toEqual([
      'Er reiste zum 47. ASEAN-Gipfel nach Kuala Lumpur.', 'Danach flog er weiter.',
    ]);
    expect(splitSentences(dataset(), 'Die Quote lag bei 12. Danach sank sie.')).toHaveLength(2);
  });
  it('what a record announced for a day of another year is the clause naming that day', () => {
    expect(lead('Was versprach Japan den USA für den 4. Juli 2026?', 'de')).toMatch(/^4\. Juli 2026: .*Feuerwerk aus Akita/);
    expect(lead('What is Japan sending for 4 July 2026?', 'en')).toMatch(/^4 Jul 2026: .*Akita fireworks/);
  });
});

describe('modal and light verbs are no topic the dataset lacks', () => {
  it('"wanted to reach", "wollte … erreichen", "originally" leave the fact answering', () => {
    expect(lead('In which fiscal year did Japan originally want to reach 2% of GDP on defence?', 'en')).toMatch(/fiscal 2027/);
    expect(lead('Bis zu welchem Jahr wollte Japan ursprünglich die zwei Prozent des BIP erreichen?', 'de')).toMatch(/Haushaltsjahr 2027/);
  });
});

describe('what a group of elements is used for, asked with words between', () => {
  it('the group’s uses, not the list of its elements', () => {
    expect(lead('Wofür braucht die Industrie laut Bericht eigentlich Seltene Erden?', 'de')).toMatch(/^Seltene Erden werden etwa für Smartphones/);
    expect(lead('So what are these rare earths actually used for in practice?', 'en')).toMatch(/^Rare earths are needed for smartphones/);
  });
  it('a use named still lists the elements with that use', () => {
    expect(lead('Which rare earths are used for lasers?', 'en')).not.toMatch(/^Rare earths are needed for smartphones/);
  });
});

describe('the end of an event of several days', () => {
  it('is its last day, not a later date its text names', () => {
    expect(lead("When did the APEC leaders' meeting end?", 'en')).toMatch(/^1 Nov 2025: 32nd APEC/);
  });
  it('with the weekday of that last day when asked', () => {
    expect(lead('Welcher Wochentag war der letzte Tag des APEC-Gipfels?', 'de')).toMatch(/^Samstag, 1\. Nov\. 2025/);
  });
  it('a measure still runs until the later date its record states', () => {
    expect(lead('When does the suspension of the October controls end?', 'en')).toMatch(/^Until 10 Nov 2026/);
  });
});

describe('German words for the general licences', () => {
  it('"Allgemeinlizenz", "Generallizenz" find the text that says "Allgemeingenehmigungen"', () => {
    expect(lead('Für welche Metalle wollte China laut den USA Generallizenzen vergeben?', 'de')).toMatch(/Allgemeingenehmigungen für die Ausfuhr von Seltenen Erden, Gallium, Germanium/);
  });
});

describe('"the pause" is the suspension', () => {
  it('in English and German', () => {
    expect(lead('what is this pause everybody talks about?', 'en')).toMatch(/^China suspends its October 2025 export controls/);
    expect(lead('Welche Pause meinen alle?', 'de')).toMatch(/^China setzt seine Exportkontrollen vom Oktober 2025 aus/);
  });
});

describe('help with something else is off the beat', () => {
  it('a request for help with a task the dataset knows nothing of gets the scope note', () => {
    expect(ask('help me fix my printer pls', 'en')).toMatch(/^Sorry, that is outside what I cover/);
    expect(ask('Can you help me plan a birthday party?', 'en')).toMatch(/^Sorry, that is outside what I cover/);
    expect(ask('Hilfe, mein Drucker druckt nicht mehr', 'de')).toMatch(/^Das liegt leider außerhalb meines Themas/);
  });
  it('help alone, or help with the beat, is still the hello with what Lodestone covers', () => {
    expect(ask('help', 'en')).toMatch(/^Hello! I am Lodestone/);
    expect(ask('Hilfe', 'de')).toMatch(/^Hallo! Ich bin Lodestone/);
  });
});

describe('one word of the dataset among words it does not know', () => {
  it('places no question when nothing of the dataset is named', () => {
    expect(ask('a good name for my dog?', 'en')).toMatch(/^Sorry, that is outside what I cover/);
  });
  it('a sentence holding the unknown words still answers', () => {
    expect(lead('What did the US agree with Malaysia about soybeans?', 'en')).not.toMatch(/^Sorry/);
  });
});
