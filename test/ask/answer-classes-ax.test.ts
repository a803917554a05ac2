// Answer classes of the offline question path (issue 10), fiftieth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { ask, lead } = offlineAsker(dataset);

describe('words for a first estimate and a later figure', () => {
  it('ask the revised figure in German as "estimate" does in English', () => {
    // Was "keine Zahl und keinen Eintrag (Schätzung)".
    expect(lead('Vietnam, Seltene Erden, 2024: Wie lautete die anfängliche Schätzung, und wie die spätere?', 'de')).toMatch(/^Vietnam — Bergwerksförderung \(Seltene Erden\) 2024/);
    expect(lead('Kobalt aus Kanada 2024 – beide Schätzwerte der USGS?', 'de')).toMatch(/^Kanada — Bergwerksförderung \(Kobalt\) 2024/);
  });
  it('leave an English "initial" asked beside a figure answered', () => {
    // Guard: "initial", now a known word, keeps its figure.
    expect(lead('Canadian cobalt 2024: the initial tonnage and the later one?', 'en')).toMatch(/^Canada — mine production of cobalt in 2024/);
  });
});

describe('uses asked with a verb of building in or turning up', () => {
  it('are the element\'s uses', () => {
    // Was the April 2025 controls' record (German "verbaut") and the October list (English "turn up").
    expect(lead('In welchen Bauteilen wird Holmium verbaut?', 'de')).toMatch(/^Holmium \(Ho, 67\) — Verwendung/);
    expect(lead('Where does thulium turn up these days?', 'en')).toMatch(/^Thulium \(Tm, 69\) — Uses/);
  });
  it('asked as an amount in a device the dataset names nowhere, are no figure', () => {
    // Was the element's list of uses, which holds no amounts.
    expect(lead('Wie viel Dysprosium ist in einem Rasenmäher verbaut?', 'de')).toMatch(/^Dazu enthält der Datensatz keine Zahl/);
    expect(lead('How much terbium is used in a single television?', 'en')).toMatch(/^The dataset has no figure or fact for that/);
    // Was the group's fact on uses, which names products but no amounts.
    expect(lead('Wie viel Gramm Seltene Erden sind in einer Waschmaschine verbaut?', 'de')).toMatch(/^Dazu enthält der Datensatz keine Zahl/);
  });
  it('asked as an amount in a device their texts name, are still no figure', () => {
    // Code review: was the element's uses card ("Elektroautomotoren" holds the device, not an amount).
    expect(lead('Wie viel Dysprosium ist in einem Elektroauto eingebaut?', 'de')).toMatch(/^Dazu enthält der Datensatz keine Zahl/);
  });
  it('asked as an amount the dataset states, are that amount', () => {
    // Guard: the turbine's neodymium is a fact's figure.
    expect(lead('How much neodymium is used in a 2 MW wind turbine?', 'en')).toMatch(/372 kg/);
  });
});

describe('an agreement asked of countries no record joins', () => {
  it('is none the dataset records, not another pair\'s deal', () => {
    // Was the US–Australia framework's signing sentence, read as India's deal.
    expect(lead('What did Brazil sign with the United States?', 'en')).toMatch(/^The dataset records no agreement involving these countries: Brazil, United States\./);
    expect(lead('Hat Deutschland mit China ein Abkommen über Seltene Erden unterzeichnet?', 'de')).toMatch(/^Der Datensatz verzeichnet kein Abkommen, an dem diese Länder beteiligt sind: Deutschland, China\./);
  });
  it('leaves the agreement of countries a record joins answered', () => {
    // Guard.
    expect(lead('What did Japan sign with the US?', 'en')).toMatch(/^US–Japan framework/);
  });
  it('leaves an amount asked with words of an outcome a figure', () => {
    // Guard: "came out of" is also a deal's outcome.
    expect(lead('How much cobalt came out of Madagascar in 2024?', 'en')).toMatch(/^Madagascar — mine production of cobalt in 2024/);
  });
  it('is not said when a record joins two of the countries named', () => {
    // Guard (code review): the reader's own country or a contrast beside a pair that signed.
    expect(lead("I'm writing from Brazil — what did the US sign with Japan?", 'en')).toMatch(/^US–Japan framework/);
    expect(lead('Anders als Indien: Haben die USA mit Australien ein Abkommen unterzeichnet?', 'de')).not.toMatch(/^Der Datensatz verzeichnet kein Abkommen/);
  });
  it('reads only the countries named outright', () => {
    // Guard: "Grenzland" (border land) is no misspelt Greenland beside the two that signed.
    expect(lead('Was vereinbarten Thailand und Kambodscha im Grenzland?', 'de')).not.toMatch(/^Der Datensatz verzeichnet kein Abkommen/);
  });
});

describe('people asked of an element and nothing else', () => {
  it('are no record\'s, not the agencies of the measure listing it', () => {
    // Was "MOFCOM …, GAC — China's export controls on seven medium and heavy rare earths".
    expect(lead('Who first isolated lutetium?', 'en')).toMatch(/^The dataset has no figure or fact for that/);
    expect(lead('Wer hat das Gadolinium entdeckt?', 'de')).toMatch(/^Dazu enthält der Datensatz keine Zahl/);
  });
  it('leave a measure asked of the element its agencies', () => {
    // Guard.
    expect(lead('Who restricted exports of lutetium?', 'en')).toMatch(/MOFCOM/);
  });
});

describe('a word of a use beside a deal asked about', () => {
  it('makes no question about the elements of that use', () => {
    // Was "Yes — Rare earths used for permanent magnets (NdPr): …".
    expect(lead('Will the rare earth truce be permanent?', 'en')).not.toMatch(/magnet/i);
  });
  it('leaves a use asked beside the rare earths the elements of that use', () => {
    // Guard.
    expect(lead('Which rare earths are used for permanent magnets?', 'en')).toMatch(/Neodymium/);
  });
});

describe('a country the ranking lists without a figure', () => {
  it('gets no place among those with one', () => {
    // Was "India ranks No. 13 with not available." / "Indien liegt auf Platz 13 mit nicht verfügbar."
    const en = ask('Does India make the top five for rare-earth reserves?', 'en');
    expect(en).toMatch(/^No — /);
    expect(en).toMatch(/India is listed without a figure \(not available\)\./);
    expect(en).not.toMatch(/India ranks/);
    expect(ask('Gehört Indien bei den Reserven Seltener Erden zu den ersten fünf?', 'de')).toMatch(/Indien ist ohne Zahl aufgeführt \(nicht verfügbar\)\./);
  });
  it('leaves a country with a figure its place', () => {
    // Guard.
    expect(ask('Is Greenland in the top five for rare-earth reserves?', 'en')).toMatch(/Greenland ranks .* with 1\.5 million t/);
  });
});

describe('an office asked of a body named right before it', () => {
  it('is the sentence naming that body before that office, not another body\'s holder', () => {
    // Was "Lee Jae Myung (chair) … — 32nd APEC Economic Leaders' Meeting": APEC's chair for ASEAN's.
    expect(lead('Who was the ASEAN chairperson in October 2025?', 'en')).toMatch(/ASEAN chair Anwar Ibrahim/);
    expect(lead('Wer war 2025 ASEAN-Vorsitzender?', 'de')).toMatch(/ASEAN-Vorsitzenden Anwar Ibrahim/);
  });
  it('leaves a person asked by name to their own record', () => {
    // Guard: Anwar is Malaysia's prime minister in the record naming him beside Malaysia.
    expect(lead('Wer ist Anwar Ibrahim?', 'de')).toMatch(/Malaysia/);
  });
});

describe("a fact's one word asked of the world", () => {
  it('is the reader\'s word for the world\'s figure asked beside it, not the US fact holding the word', () => {
    // Code review: was the US output's value in dollars ("im Wert von 260 Mio. Dollar").
    expect(lead('Erste Schätzung und späterer Wert der Weltreserven an Seltenen Erden?', 'de')).toMatch(/^Welt — Reserven \(Seltene Erden\)/);
  });
  it('leaves a fact about the world answered', () => {
    // Guard.
    expect(lead("How large are the world's lithium resources, as opposed to reserves?", 'en')).toMatch(/115 million t/);
  });
});

describe('when a country\'s figure was revised', () => {
  it('is the day of the edition that changed it, from what to what', () => {
    // Was "26 Oct 2025: US–Malaysia reciprocal-trade agreement …", the day of an event of that country.
    expect(lead("When did USGS correct Thailand's 2024 rare-earth output?", 'en')).toMatch(/^6 Feb 2026: USGS MCS 2026 \(v1\.0\) revised Thailand's mine production of rare earths in 2024 from 13,000 t \(estimated\) to 2,100 t\./);
    expect(lead('Wann wurde die Reservenzahl Vietnams revidiert?', 'de')).toMatch(/^31\. Jan\. 2025: USGS MCS 2025 änderte Reserven \(Seltene Erden\) für Vietnam von 22 Mio\. t auf 3,5 Mio\. t\./);
  });
  it('is the change to the number claimed, and a first figure is no revision', () => {
    expect(lead("When did the USGS revise Malaysia's rare-earth reserves to 710,000 tonnes?", 'en')).toMatch(/^6 Feb 2026: USGS MCS 2026 \(v1\.0\) gave Malaysia's reserves of rare earths as 710,000 t \(before: not available\)\./);
  });
});
