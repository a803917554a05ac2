// Answer classes of the offline question path (issue 10), forty-ninth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe("the reader's own sentences beside the one that asks", () => {
  it('leave a figure held answered, though their words are none the dataset holds', () => {
    // Was "no figure or fact for that (prices: pester fix bikes round)".
    expect(lead("Don't want to pester you - I fix old bikes round Leeds and my van's electric now. Europium oxide, what was the 2024 average per kilo?", 'en'))
      .toMatch(/^Average rare-earth prices in 2024.*europium oxide 27/);
  });
  it('do not make the question after them a yes/no question', () => {
    // Was "Yes — China widens its export controls …": the opening "Can't" read as a yes/no question.
    expect(lead("Can't sleep, so I'm reading about magnets. When did China suspend the October controls?", 'en')).toMatch(/^7 Nov 2025: China suspends/);
  });
  it('hold a courtesy question naming nothing before the one that asks', () => {
    // Was "no figure or fact for that (prices: ask europium)".
    expect(lead('May I ask something? I keep bees near Ghent. What did europium oxide cost per kilo in 2024?', 'en')).toMatch(/^Average rare-earth prices in 2024.*europium oxide 27/);
    // Guard (code review): its yes/no word makes no yes/no question of the one that asks.
    expect(lead('May I ask something? I keep bees near Ghent. How large are Vietnam\'s rare earth reserves?', 'en')).toMatch(/^Vietnam — reserves/);
  });
  it('leave a yes/no question after them one', () => {
    // Guard (code review): "Don't …" opened the statement, and "Is …" the question.
    expect(lead("Don't want to be a bother - I lay bricks in Hull. Is dysprosium a heavy rare earth?", 'en')).toMatch(/^Yes — /);
  });
  it('stay the content when the question after them names nothing', () => {
    // Guard: "Which one?" asks of the sentence before it.
    expect(lead('Fibre broadband needs a rare earth to boost the signal, I am told. Which one?', 'en')).toMatch(/erbium/i);
  });
  it('leave a German ordinal day inside one sentence', () => {
    // Guard: "am 24. Oktober" ends no sentence.
    expect(lead('Wurde Takaichi am 24. Oktober zur Regierungschefin gewählt?', 'de')).toMatch(/^Nein — /);
  });
});

describe('a word of a fact about one country, asked of another', () => {
  it('is the German word for the figure asked of that country', () => {
    // Was "keine Zahl … (Wert der US-Förderung: Alter)".
    expect(lead('Die Kobaltreserven Russlands wurden korrigiert. Alter Wert, neuer Wert?', 'de')).toMatch(/^Russland — Reserven \(Kobalt\): 800\.000 t.*250\.000 t/);
    expect(lead('Indiens Seltenerdförderung 2024 wurde nachträglich geändert. Erster und neuer Wert?', 'de')).toMatch(/^Indien — Bergwerksförderung \(Seltene Erden\) 2024/);
  });
  it('is the English word for the figure asked of that country', () => {
    expect(lead("Brazil's rare earth reserves were corrected by USGS. Old value and new value?", 'en')).toMatch(/^Brazil — reserves of rare earths: 11 million t.*21 million t/);
  });
  it('is the word for the figure of the country and year named, with no mineral named', () => {
    // Was "keine Zahl … (Wert der US-Förderung: Madagaskar)".
    expect(lead('Madagaskar 2024: alter und neuer Wert?', 'de')).toMatch(/^Madagaskar — Bergwerksförderung \(Seltene Erden\) 2024: 1\.400 t.*2\.000 t/);
  });
  it('still asks the fact of the country it is about', () => {
    // Guard: the US output's worth is the fact's own.
    expect(lead('Welchen Wert hatte die US-Förderung Seltener Erden 2024?', 'de')).toMatch(/260 Mio\. Dollar/);
  });
});

describe('an absence asked with a particle between the verb and "kein"', () => {
  it('is answered "Doch" where the figure stands', () => {
    // Was "Ja — Kanada — Bergwerksförderung (Kobalt) 2025: 3.500 t": "überhaupt" hid the verb from the absence.
    expect(lead('Fördert Kanada überhaupt kein Kobalt?', 'de')).toMatch(/^Doch — Kanada/);
  });
  it('reads "gar kein" as "kein"', () => {
    expect(lead('Fördert Kanada denn gar kein Kobalt?', 'de')).toMatch(/^Doch — Kanada/);
  });
  it('stays "Ja" where USGS lists nothing', () => {
    // Guard.
    expect(lead('Hat Deutschland überhaupt keine Reserven an Seltenen Erden?', 'de')).toMatch(/^Ja — /);
  });
});

describe('a state asked beside two events', () => {
  it('is no order of the events', () => {
    // Was "Nein — zuerst: … Nr. 18 (4. Apr. 2025); danach: … Nr. 70": "nach" read as an order.
    expect(lead('Gilt die Bekanntmachung Nr. 18 nach der Aussetzung weiter?', 'de')).toMatch(/^Ja — .*Nr\. 18/);
  });
  it('leaves an order asked as before', () => {
    // Guard.
    expect(lead('War das Treffen in Busan nach dem Abkommen von Tokio?', 'de')).toMatch(/^Ja — zuerst: /);
  });
});

describe('an office asked of a country', () => {
  it('is "no entry" where no sentence gives that country the office', () => {
    // Was "Sanae Takaichi — … elected Japan's first female prime minister": another office of the country.
    expect(lead("Who is South Korea's finance minister?", 'en')).toMatch(/^The dataset has no figure or fact/);
  });
  it('is "no entry" where the only holder stands in the record of other countries', () => {
    // Was "Trump arrived in Japan and met Emperor Naruhito …": "Queen Mother Sirikit", named beside no
    // country in the Thai–Cambodian record, left the office unsettled.
    expect(lead("Who is Canada's emperor?", 'en')).toMatch(/^The dataset has no figure or fact/);
  });
  it('names the holder a sentence gives it beside the country', () => {
    // Was "Donald Trump, Anthony Albanese — Rahmenabkommen …": the participants of another event.
    expect(lead('Wer ist der Finanzminister der USA?', 'de')).toMatch(/US-Finanzminister Scott Bessent/);
  });
  it('names the holder another language places with the country', () => {
    // The English record names no country beside "Treasury Secretary Scott Bessent"; the German one does.
    expect(lead("Who is America's treasury secretary?", 'en')).toMatch(/^32nd APEC .*\(31 Oct – 1 Nov 2025\): Trump skipped the leaders' meeting; Treasury Secretary Scott Bessent attended/);
  });
});

describe('the rare earths asked with the day of one measure', () => {
  it("are that measure's, counted", () => {
    // Was "12 of the 17 rare earths appear in China's export-control measures …": all measures' list.
    expect(lead('Which rare earths did China put under licence on 9 October 2025?', 'en')).toMatch(/^5 — holmium, erbium, thulium, europium and ytterbium: /);
  });
  it('leave a record named outright to be asked', () => {
    // Guard: No. 70 is asked, not the list of 9 October.
    expect(lead('What did Announcement No. 70 do to the measures of 9 October?', 'en')).toMatch(/Suspended on 7 November 2025/);
  });
});

describe("a measure's own date asked in the reader's word for its record's", () => {
  it('is the date of the measure the suspension record names in its title', () => {
    // Was "9. Nov. 2025: China setzt sein Exportverbot … aus": "Export" is the title's "Exportverbot", the fact says "Ausfuhr".
    expect(lead('Wann hat China den Export von Germanium in die Vereinigten Staaten verboten?', 'de')).toMatch(/^Dezember 2024: China verbot/);
  });
  it('leaves a verb the fact lacks asking the suspension', () => {
    // Guard: "aufgehoben" asks of the ban's end.
    expect(lead('Wann hat China das Exportverbot für Gallium aufgehoben?', 'de')).toMatch(/^9\. Nov\. 2025: /);
  });
});
