// Answer classes of the offline question path (issue 10), fourteenth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('whether a measure named outright was ever suspended ("Were the April controls suspended?")', () => {
  it('is yes with the suspension that names it, and no when none does and its outcome says it stays in force', () => {
    expect(lead('Were the October controls ever suspended?', 'en')).toMatch(/^Yes — .*: suspended on 7 Nov 2025 until 10 Nov 2026/);
    expect(lead('Was Announcement 18 ever suspended?', 'en')).toMatch(/^No — .*\(4 Apr 2025\): Still in force/);
    expect(lead('Wurde die Bekanntmachung 18 ausgesetzt?', 'de')).toMatch(/^Nein — /);
  });

  it('leaves words another measure shares ("its export controls") and a claimed detail to the general reading', () => {
    expect(lead('Did China suspend its export controls?', 'en')).not.toMatch(/^No — /);
    expect(lead('Were the October controls suspended with Announcement No. 72?', 'en')).not.toMatch(/^Yes — /);
  });
});

describe('how many elements a named measure covered ("How many elements did the April controls cover?")', () => {
  it('counts that record\'s elements, not the seventeen rare earths', () => {
    expect(lead('How many rare earths does Announcement No. 18 cover?', 'en')).toMatch(/^7 — samarium/);
    expect(lead('Wie viele Elemente betreffen die Oktober-Kontrollen?', 'de')).toMatch(/^5 — Holmium/);
  });

  it('counts nothing of a record when something else is counted, or a time after which the lists add up', () => {
    expect(lead('How many rounds of talks did the US and China hold in Kuala Lumpur?', 'en')).not.toMatch(/^\d+ — [a-z]+,/);
    expect(lead('How many rare earths were under Chinese control after 9 October?', 'en')).not.toMatch(/^5 — /);
  });
});

describe('a count of the rare earths themselves, asked or claimed ("Gibt es 15 Seltene Erden?")', () => {
  it('is the count of the elements, yes or no against the number claimed', () => {
    expect(lead('Wie viele Seltene Erden gibt es eigentlich?', 'de')).toMatch(/17/);
    expect(lead('Are there sixteen rare earths?', 'en')).toMatch(/^No — .*17/);
    expect(lead('Gibt es siebzehn Seltene Erden?', 'de')).toMatch(/^Ja — .*17/);
  });

  it('is no count of elements when the question names a unit or words the dataset does not hold', () => {
    expect(lead('How many tonnes of rare earths are there in reserves worldwide?', 'en')).not.toMatch(/^In all, 17/);
    expect(lead('Wie viele Seltene Erden importiert die Schweiz?', 'de')).not.toMatch(/17 Elemente/);
  });
});

describe('a number asked beside words a lead shares ("Did Japan give 250 cherry trees?")', () => {
  it('is settled by the sentence stating that number, not by a lead stating another', () => {
    expect(lead('Has Japan given 250 cherry trees to the US?', 'en')).toMatch(/^Yes — .*250 cherry trees/);
    expect(lead('Did Japan hand over 2,500 cherry trees?', 'en')).toMatch(/^No — /);
  });
});

describe('when a suspended measure applies again ("When is the gallium ban back in force?")', () => {
  it('is the day its suspension runs until', () => {
    expect(lead('When will the ban on antimony exports to the US be in force again?', 'en')).toMatch(/27 Nov 2026/);
  });
});

describe('a quantity\'s own change asked of one year ("Did world cobalt output fall in 2025?")', () => {
  it('compares that year with the year before', () => {
    expect(lead('Did global cobalt mine production decline in 2025?', 'en')).toMatch(/^No — .*2024.*2025/);
    expect(lead('Ist die weltweite Kobaltförderung 2025 gewachsen?', 'de')).toMatch(/^Ja — .*2024.*2025/);
  });

  it('leaves a source changing its figure to the editions ("Did USGS raise …?")', () => {
    expect(lead('Did USGS raise the world cobalt production figure for 2024?', 'en')).toMatch(/revised up/);
  });
});

describe('a mineral\'s chemical symbol right after a number ("top 3 Li miners")', () => {
  it('is the mineral, not a unit', () => {
    expect(lead('top 5 Ni producers 2024?', 'en')).toMatch(/nickel/i);
  });
});

describe('a closing tag before a short qualifier ("heavy REE or not, by the USGS convention?")', () => {
  it('makes a yes/no question', () => {
    expect(lead('Gd a light rare earth or not, per USGS?', 'en')).toMatch(/^Yes — /);
  });

  it('is no tag when the statement before the comma is an answer word ("No, what does REE mean?")', () => {
    expect(lead('No, what does REE stand for?', 'en')).not.toMatch(/^(Yes|No) — /);
  });
});

describe('a request to confirm a figure ("confirm: …")', () => {
  it('is a yes/no question about the figure stated', () => {
    expect(lead('confirm: world lithium reserves 20 Mt?', 'en')).toMatch(/^No — /);
  });
});

describe('a day or month claimed for a measure whose own date a fact on its suspension\'s record states', () => {
  it('is checked against the measure\'s date, not the suspension\'s', () => {
    expect(lead('Did Beijing ban germanium exports to the United States in December 2024?', 'en')).toMatch(/^Yes — .*December 2024/);
    expect(lead('Did China ban gallium exports to the US in March 2025?', 'en')).toMatch(/^No — .*December 2024/);
  });
});

describe('a change claimed with both ends ("Did Russia\'s reserves fall from 10 Mt to 3.8 Mt?")', () => {
  it('is yes when an earlier edition gave the first and the figure now is the second, in the direction asked', () => {
    expect(lead('Did Vietnam\'s reserves shrink from 22 Mt to 3.5 Mt?', 'en')).toMatch(/^Yes — /);
    expect(lead('Did Vietnam\'s reserves grow from 22 Mt to 3.5 Mt?', 'en')).toMatch(/^No — /);
    expect(lead('Did Vietnam\'s reserves shrink from 22 Mt to 2 Mt?', 'en')).toMatch(/^No — /);
  });
});

describe('whether a measure still in force was lifted ("Hat China die Aprilkontrollen aufgehoben?")', () => {
  it('is no, with the record saying it stays in force', () => {
    expect(lead('Has Beijing scrapped Announcement No. 18?', 'en')).toMatch(/^No — .*Still in force/);
    expect(lead('Wurde die Bekanntmachung Nr. 18 abgeschafft?', 'de')).toMatch(/^Nein — .*Gilt auch nach/);
  });

  it('leaves a suspended measure to the general reading, and answers a forecast with the state recorded, no yes or no', () => {
    expect(lead('Did China revoke the October controls?', 'en')).not.toMatch(/^No — .*Still in force/);
    expect(lead('Will China remove Announcement No. 18?', 'en')).toMatch(/^The dataset holds no forecast\. .*Still in force/);
  });
});

describe('German compounds and glued ordinals ("Weltproduktion", "zweitgrößten")', () => {
  it('read the place asked from an ordinal glued to a ranking word, which is no word the dataset must hold', () => {
    expect(lead('Wer besitzt die drittgrößten Reserven?', 'de')).toMatch(/^Platz 3 bei Reserven/);
  });

  it('split a compound of the world and a figure, and read "global" as the world', () => {
    expect(lead('Weltproduktion Kobalt 2024?', 'de')).toMatch(/^Welt — Bergwerksförderung \(Kobalt\) 2024/);
    expect(lead('Wie hoch war die globale Nickelförderung 2024?', 'de')).toMatch(/^Welt — Bergwerksförderung \(Nickel\) 2024/);
  });
});

describe('one country beside a word of an agreement the dataset records for it ("die Absichtserklärung mit Malaysia")', () => {
  it('is the beat, and that record answers', () => {
    expect(lead('War die Absichtserklärung mit Thailand verbindlich?', 'de')).not.toMatch(/außerhalb meines Themas/);
  });
});

describe('a lead-in before a yes/no question\'s verb ("As of today are …?", "Und gilt …?")', () => {
  it('leaves it a yes/no question, and "as of today" asks the state now', () => {
    expect(lead('So does Brazil have bigger reserves than Russia?', 'en')).toMatch(/^Yes — /);
    expect(lead('As of today is the gallium ban to the US suspended?', 'en')).toMatch(/^The suspension ran until 27 Nov 2026/);
  });
});

describe('a count claimed as a number before what is counted ("Is it true that 17 elements are rare earths?")', () => {
  it('is yes or no against the count of the elements, but not of a measure\'s list', () => {
    expect(lead('Sind 15 Elemente Seltene Erden?', 'de')).toMatch(/^Nein — .*17/);
    expect(lead('Did the October controls cover 5 elements?', 'en')).not.toMatch(/^No — /);
  });
});

describe('the events of a month asked ("events in November 2025")', () => {
  it('are that month\'s, not the whole timeline', () => {
    expect(lead('Ereignisse im Oktober 2025', 'de')).toMatch(/^1\.–31\. Okt\. 2025 — /);
  });
});

describe('a chemical symbol in lower case right before "oxide" ("tb oxide 2025 price")', () => {
  it('names the element, so no other element\'s price is given', () => {
    expect(lead('tb oxide price in 2025?', 'en')).not.toMatch(/neodymium/);
    expect(lead('dy oxide price 2024', 'en')).toMatch(/dysprosium oxide 260/i);
  });
});

describe('"use" beside words the element\'s uses lack ("How much neodymium does a 2 MW turbine use?")', () => {
  it('is the figure the element\'s note states', () => {
    expect(lead('How much neodymium does a 2 MW wind turbine use?', 'en')).toMatch(/372 kg/);
  });
});

describe('a figure or share asked after context naming a fact\'s topic ("For a talk on China\'s dominance: what share …?")', () => {
  it('is the figure asked, not the topic\'s fact', () => {
    expect(lead('Re China\'s dominance - what was its share of global rare earth production last year?', 'en')).toMatch(/^China mined 69%/);
  });
});

describe('"run until" asks the end of what a record suspends', () => {
  it('is the day the suspension runs until', () => {
    expect(lead('Until what date does the suspension of the ban on gallium exports to the US run until?', 'en')).toMatch(/27 Nov 2026/);
  });
});

describe('the chemical symbol of a commodity without USGS tables here ("Sb", "Ge-Output")', () => {
  it('is that commodity: its own fact, or no figure, never the rare earths\' figures', () => {
    expect(lead('Sb production worldwide 2024?', 'en')).toMatch(/^The dataset has no figure for that/);
    expect(lead('Ge-Förderung China 2025?', 'de')).toMatch(/^Dazu hat der Datensatz keine Zahl/);
    expect(lead('Ge metal price 2024?', 'en')).toMatch(/2,100/);
  });
});

describe('"confirm" before a colon opens a yes/no question; "confirm the date of …" is a request', () => {
  it('reads the colon form as a claim and the other as the field asked', () => {
    expect(lead('confirm: China reserves 40 Mt?', 'en')).toMatch(/^No — /);
    expect(lead('confirm the date of the White House fact sheet on general licences for antimony and graphite', 'en')).toMatch(/1 Nov 2025/);
  });
});

describe('review fixes: reported speech, a number of a measure\'s title, an end date claimed, a change between years, part of a whole', () => {
  it('answers what was asked, or leaves the yes/no out where the dataset does not settle it', () => {
    expect(lead('Did the White House say the October controls were removed?', 'en')).not.toMatch(/^No — .*Still in force/);
    expect(lead('Was No. 61 suspended?', 'en')).toMatch(/^Yes — .*suspended on 7 Nov 2025/);
    expect(lead('Confirm: Announcement No. 70 suspends the October measures until 10 November 2026.', 'en')).not.toMatch(/^No — /);
    expect(lead('Did world lithium output grow from 204,000 t to 240,000 t?', 'en')).toMatch(/^Yes — /);
    expect(lead('Did US rare earth output rise from 10,000 t to 12,000 t?', 'en')).not.toMatch(/^(Yes|No) — /);
    expect(lead('Sind sieben von 17 Seltenen Erden kontrolliert?', 'de')).not.toMatch(/^Nein — /);
    expect(lead('Is Announcement No. 18 in force as of today?', 'en')).toMatch(/^Yes — /);
  });
});

describe('a count of the controlled elements, and a count claimed that an announcement number shares', () => {
  it('counts the controlled ones when the controls are named, and reads "18" as the count claimed', () => {
    expect(lead('How many elements do China\'s controls cover altogether?', 'en')).toMatch(/^12 of the 17/);
    expect(lead('Gibt es 18 Seltenerdelemente?', 'de')).toMatch(/^Nein — .*17/);
    expect(lead('Are there 21 APEC economies?', 'en')).not.toMatch(/^No — /);
  });
});
