// Answer classes of the offline question path (issue 10), twenty-eighth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('a month naming a measure ("the October 2025 control") is not the time of what is asked', () => {
  it('answers yes to a suspension asked of the measure named by its month', () => {
    expect(lead('Did China suspend the October 2025 control on holmium?', 'en')).toMatch(/^Yes — /);
    expect(lead('Hat China die Kontrollen vom Oktober 2025 für Holmium ausgesetzt?', 'de')).toMatch(/^Ja — /);
  });
  it('while a month asked as the time of the suspension is checked against its day', () => {
    expect(lead('Did China suspend the controls on holmium in October 2025?', 'en')).toMatch(/^No — .*7 Nov(ember)? 2025/);
    expect(lead('Hat China im Oktober 2025 die Kontrollen für Holmium ausgesetzt?', 'de')).toMatch(/^Nein — .*7\. Nov\. 2025/);
    expect(lead('Hat China im November 2025 die Kontrollen für Holmium ausgesetzt?', 'de')).toMatch(/^Ja — /);
  });
  it('and a control asked for a month before the element was listed is still no', () => {
    expect(lead('Did China impose controls on holmium in April 2025?', 'en')).toMatch(/^No — /);
  });
});

describe('a suspension asked in the present tense, or asked to run until a time', () => {
  it('reads "Are … suspended?" as the state today: the suspension ran out on 10 Nov 2026', () => {
    expect(lead('Are the October controls suspended?', 'en')).toMatch(/^The suspension ran until 10 Nov 2026/);
    expect(lead('Sind die Exportkontrollen vom Oktober ausgesetzt?', 'de')).toMatch(/^Die Aussetzung lief bis zum 10\. Nov\. 2026/);
    expect(lead('Are the October 9 controls no longer suspended?', 'en')).toMatch(/^The suspension ran until 10 Nov 2026/);
  });
  it('while the act asked in the past or the perfect passive is yes', () => {
    expect(lead('Were the October controls suspended?', 'en')).toMatch(/^Yes — /);
    expect(lead('Sind die Exportkontrollen vom Oktober ausgesetzt worden?', 'de')).toMatch(/^Ja — /);
  });
  it('checks an end asked against the day the suspension runs until', () => {
    expect(lead('Were the October controls suspended until November 2027?', 'en')).toMatch(/^No — suspended only until 10 Nov 2026/);
    expect(lead('Gilt die Aussetzung bis 2027?', 'de')).toMatch(/^Nein — nur bis zum 10\. Nov\. 2026/);
    expect(lead('Were the October controls suspended until mid-November 2026?', 'en')).toMatch(/^Yes — suspended until 10 Nov 2026/);
    expect(lead('Was the germanium ban suspended until November 2026?', 'en')).toMatch(/^Yes — suspended until 27 Nov 2026/);
  });
  it('and a time further on in the question is no end asked', () => {
    expect(lead("Was China's ban on gallium exports to the US still suspended in mid-November this year?", 'en')).toMatch(/^Yes — /);
  });
});

describe('elements claimed for the measure of a month or day ("added in October 2025") are checked against its list', () => {
  it('says no, and names the element that is not on it', () => {
    expect(lead('Were holmium, erbium, thulium, europium and terbium added in October 2025?', 'en')).toMatch(/^No — .*Ho, Er, Tm, Eu, Yb; terbium is not among them\./);
    expect(lead('Were gadolinium, lutetium and europium controlled on 4 April 2025?', 'en')).toMatch(/^No — .*Sm, Gd, Tb, Dy, Lu, Sc, Y; europium is not among them\./);
    expect(lead('Wurden im April 2025 Samarium, Gadolinium, Holmium und Dysprosium kontrolliert?', 'de')).toMatch(/^Nein — .*Holmium gehört nicht dazu\./);
    expect(lead('Wurden im Oktober 2025 Holmium, Terbium und Dysprosium hinzugefügt?', 'de')).toMatch(/^Nein — .*Terbium und Dysprosium gehören nicht dazu\./);
  });
  it('and yes when every element named is on it', () => {
    expect(lead('Were holmium, erbium and ytterbium added in October 2025?', 'en')).toMatch(/^Yes — .*Ho, Er, Tm, Eu, Yb\.$/);
    expect(lead('Wurden im April 2025 Samarium und Terbium kontrolliert?', 'de')).toMatch(/^Ja — /);
  });
});

describe('a figure claimed beside each of two countries ("China 270,000 t and the US 60,000 t?") is checked against each', () => {
  it('says no when one of them is wrong, with both figures', () => {
    expect(lead('Did China produce 270,000 t in 2024 and the US 60,000 t?', 'en')).toMatch(/^No — .*China 270,000 t .* and United States 45,500 t/);
    expect(lead("Are Greenland's reserves 1.5 Mt and Canada's 2 Mt?", 'en')).toMatch(/^No — .*Canada 830,000 t/);
    expect(lead('Förderte China 2024 270.000 t und die USA 80.000 t?', 'de')).toMatch(/^Nein — .*Vereinigte Staaten 45\.500 t/);
  });
  it('and yes when both are right', () => {
    expect(lead('Did China produce 270,000 t in 2024 and the US 45,500 t?', 'en')).toMatch(/^Yes — /);
  });
});

describe('a month or day claimed for an edition\'s publication ("Wurde MCS 2026 im Januar veröffentlicht?")', () => {
  it('is checked against the day it was published, a month without a year in the edition\'s own year', () => {
    expect(lead('Wurde MCS 2026 im Januar veröffentlicht?', 'de')).toMatch(/^Nein — 6\. Feb\. 2026: USGS MCS 2026/);
    expect(lead('Was MCS 2026 published in January?', 'en')).toMatch(/^No — 6 Feb 2026: USGS MCS 2026/);
    expect(lead('Wurde MCS 2025 im Januar veröffentlicht?', 'de')).toMatch(/^Ja — 31\. Jan\. 2025/);
    expect(lead('Was MCS 2026 published on 6 February 2026?', 'en')).toMatch(/^Yes — /);
  });
});

describe('a German negation of an attribute before the noun asked ("nicht erschlossene Vorkommen")', () => {
  it('denies the attribute, not the noun: "Gibt es … Vorkommen?" is yes', () => {
    expect(lead('Gibt es in Skandinavien Vorkommen?', 'de')).toMatch(/^Ja — .*nicht erschlossene Vorkommen/);
  });
  it('while a question asking what the attribute denies is still no', () => {
    expect(lead('Werden die großen Vorkommen in Skandinavien schon abgebaut?', 'de')).toMatch(/^Nein — /);
    expect(lead('Gibt es in Skandinavien erschlossene Vorkommen?', 'de')).toMatch(/^Nein — /);
  });
});

describe('a rise or fall asked of a figure every earlier edition gave alike', () => {
  it('is no: the figure did not move', () => {
    expect(lead("Did Greenland's reserves rise in MCS 2026?", 'en')).toMatch(/^No — Greenland .*unchanged/);
    expect(lead('Sind Grönlands Reserven in der MCS 2026 gestiegen?', 'de')).toMatch(/^Nein — Grönland .*unverändert/);
  });
  it('while a figure that did move still gets its direction read', () => {
    expect(lead("Did Australia's reserves rise in MCS 2026?", 'en')).toMatch(/^Yes — Australia .*up from 5\.7 million t/);
  });
});

describe('a percentage asked of an event, with no country or mineral to take a share of', () => {
  it("answers from the event's record, not with China's share of world output", () => {
    const l = lead('Fentanyl-Zoll nach Trumps Treffen mit Xi: von wie viel auf wie viel Prozent?', 'de');
    expect(l).toMatch(/20 % auf 10 %/);
    expect(l).not.toMatch(/69 %/);
  });
  it('while a share asked of a country stays a share of world output', () => {
    expect(lead('Wie viel Prozent der Seltenen Erden förderte China 2025?', 'de')).toMatch(/69 %/);
  });
});

describe('a plant\'s or project\'s output asked (German "soll … liefern") is no figure of the world', () => {
  it('answers a tonnage asked in the German future of intent as a forecast the dataset does not hold', () => {
    const l = lead('Wie viele Tonnen Gallium soll die Anlage in Wagerup pro Jahr liefern?', 'de');
    expect(l).toMatch(/keine Zahl/);
    expect(l).not.toMatch(/900\.000 kg/);
  });
  it("answers a project's share from the record naming it, not with China's share", () => {
    const l = lead('Welchen Anteil an der Weltproduktion soll das Nolans-Projekt liefern?', 'de');
    expect(l).toMatch(/Nolans.*etwa 5 %/);
    expect(l).not.toMatch(/69 %/);
  });
});

describe('an office asked of one country ("Who is Japan\'s trade minister?")', () => {
  it('is answered by a sentence giving that office beside that country', () => {
    expect(lead("Who is Malaysia's trade minister?", 'en')).toMatch(/Trade Minister Tengku Zafrul/);
    expect(lead('Wer ist Malaysias Handelsminister?', 'de')).toMatch(/Handelsminister Tengku Zafrul/);
    expect(lead("Who is Japan's prime minister?", 'en')).toMatch(/Takaichi/);
  });
  it('and by "no entry" when none does, never by a person of another office', () => {
    expect(lead("Who is Japan's economy minister?", 'en')).toMatch(/^The dataset has no figure or fact for that/);
    expect(lead('Wer ist Japans Wirtschaftsminister?', 'de')).toMatch(/^Dazu enthält der Datensatz keine Zahl und keinen Eintrag/);
  });
});

describe('guards of this part\'s classes, from a review of them', () => {
  it('reads a time after "to" that names a measure as no end asked', () => {
    expect(lead("Did China's suspension apply to the October 2025 controls?", 'en')).toMatch(/^Yes — /);
  });
  it('leaves a figure asked of an edition to the figure, not the publication day', () => {
    expect(lead("Did MCS 2026 report China's rare earth production in 2025 at 270,000 t?", 'en')).toMatch(/^Yes — China .*270,000 t/);
    expect(lead('Hat MCS 2026 für 2025 eine Förderung Chinas von 270.000 t gemeldet?', 'de')).toMatch(/^Ja — China .*270\.000 t/);
  });
  it('reads a German month after "im" as the time asked, not a measure\'s name', () => {
    expect(lead('Hat China im Juni 2025 Exportkontrollen für Seltene Erden verhängt?', 'de')).toMatch(/^Nein — /);
  });
  it('reads "Is it true that …" as a claim to judge, not a state asked today', () => {
    expect(lead('Is it true that China suspended the October 2025 export controls in November 2025?', 'en')).toMatch(/^Yes — /);
    expect(lead('Ist es richtig, dass China die Oktober-Kontrollen im November 2025 ausgesetzt hat?', 'de')).toMatch(/^Ja — /);
  });
  it('reads a state asked at a later month against the span of the suspension', () => {
    expect(lead('War die Exportkontrolle für Holmium im Dezember 2025 ausgesetzt?', 'de')).toMatch(/^Ja — /);
  });
  it('reads German "sollen … sein" as a figure said, not a plan', () => {
    expect(lead('Wie groß sollen Vietnams Reserven an Seltenen Erden laut USGS sein?', 'de')).toMatch(/3,5 Mio\. t/);
  });
  it('takes the day of a date asked for no announcement number', () => {
    expect(lead('Were holmium, erbium, thulium, europium and terbium added on 9 October 2025?', 'en')).toMatch(/^No — .*terbium is not among them/);
  });
});

describe('an office asked with a German country adjective ("der japanische Wirtschaftsminister")', () => {
  it('reads the adjective as whose office is asked: no entry, not the prime minister', () => {
    expect(lead('Wer ist der japanische Wirtschaftsminister?', 'de')).toMatch(/^Dazu enthält der Datensatz keine Zahl und keinen Eintrag/);
  });
  it('while an office the records give for that country keeps its answer', () => {
    expect(lead('Wer ist der malaysische Handelsminister?', 'de')).toMatch(/Handelsminister Tengku Zafrul/);
    expect(lead('Wer ist die japanische Premierministerin?', 'de')).toMatch(/Takaichi/);
  });
});
