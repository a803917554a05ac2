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
    expect(lead('Hat China das Verbot, Antimon in die USA zu liefern, endgültig aufgehoben?', 'de')).not.toMatch(/^Ja/);
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

describe('a deed asked of a day that the day\'s own records do not hold ("Who died on 24 October?")', () => {
  it('is answered by the clause of another record naming that day beside the deed', () => {
    expect(lead('Who died on 24 October 2025?', 'en')).toMatch(/^24 Oct 2025: .*death of Queen Mother Sirikit/);
    expect(lead('Wer starb am 24. Oktober 2025?', 'de')).toMatch(/^24\. Okt\. 2025: .*Todes der Königinmutter Sirikit/);
  });
  it('leaves a deed the day\'s record holds to that record\'s people', () => {
    // Guard: the Tokyo arrival is the day's meeting.
    expect(lead('Who met on 27 October 2025?', 'en')).toMatch(/Emperor Naruhito/);
  });
});

describe('a month claimed in one year against a sentence dating that month in another ("extended to November 2027?")', () => {
  it('is no', () => {
    expect(lead('Have the Section 301 exclusions been extended to November 2027?', 'en')).toMatch(/^No — /);
    expect(lead('Sind die Section-301-Ausnahmen bis November 2027 verlängert worden?', 'de')).toMatch(/^Nein — /);
  });
  it('is yes for the month and year the sentence gives', () => {
    // Guard: the right month and year.
    expect(lead('Were the Section 301 exclusions extended to November 2026?', 'en')).toMatch(/^Yes — /);
  });
});

describe('a hyphenated negation of a word not asked ("a non-binding memorandum")', () => {
  it('does not deny the act asked', () => {
    expect(lead('Did the US and Malaysia sign a critical-minerals MoU on 26 October?', 'en')).toMatch(/^Yes — /);
  });
  it('still denies the word it negates', () => {
    // Guard: "binding" asked of a "non-binding" memorandum.
    expect(lead('Is the US–Malaysia critical minerals MoU binding?', 'en')).toMatch(/^No — /);
  });
});

describe('a figure claimed in chat shorthand ("240k tonnes")', () => {
  it('is read in thousands', () => {
    expect(lead('Was China\'s mining quota for 2023 really 240k t?', 'en')).toMatch(/^Yes — China's 2023 rare-earth quotas/);
    expect(lead('Did China\'s 2023 mining quota come to 250k tonnes?', 'en')).toMatch(/^No — China's 2023 rare-earth quotas/);
  });
});

describe('a year asked against a sentence whose other year is the base of a change ("down 11% from $186 million in 2023")', () => {
  it('is not denied by that base year', () => {
    expect(lead('Did the US import $170 million of rare-earth compounds and metals in 2024?', 'en')).toMatch(/^Yes — /);
  });
  it('is still denied by another year after the same word', () => {
    // Guard: "since 2017" against "since 2019".
    expect(lead('Was Busan their first in-person meeting since 2017?', 'en')).toMatch(/^No — /);
  });
});

describe('two figures asked as equal ("so groß wie", "as cheap as")', () => {
  it('is yes when the figures are the same and no when not, with no other comparison word', () => {
    expect(lead('Sind Argentiniens Lithiumreserven genauso groß wie die der USA?', 'de')).toMatch(/^Ja — Reserven \(Lithium\)/);
    expect(lead('Is lanthanum oxide as cheap as cerium oxide?', 'en')).toMatch(/^Yes — /);
    expect(lead('Ist Dysprosiumoxid so teuer wie Terbiumoxid?', 'de')).toMatch(/^Nein — /);
  });
});

describe('one data year asked in two editions ("2023 in MCS 2024 and MCS 2025", "2023 MCS 2025 vs MCS 2024")', () => {
  it('gives that year\'s figure as each edition had it, not a comparison with another year', () => {
    expect(lead('Rare-earth output of Thailand for 2023: MCS 2024 against MCS 2025?', 'en')).toMatch(/^Thailand — mine production of rare earths in 2023, edition by edition: 7,100 t \(USGS MCS 2024\); 3,600 t \(USGS MCS 2025\)/);
    expect(lead('Weltförderung 2023 laut Ausgabe 2024 und Ausgabe 2025?', 'de')).toMatch(/^Welt — Bergwerksförderung \(Seltene Erden\) 2023, Ausgabe für Ausgabe: 350\.000 t/);
    expect(lead('China mine output 2023 MCS 2025 vs MCS 2024', 'en')).toMatch(/edition by edition: 240,000 t \(USGS MCS 2024\); 255,000 t \(USGS MCS 2025\)/);
  });
  it('still compares two data years when no edition is named', () => {
    // Guard: years without an edition word are years of the figures.
    expect(lead('Thailand rare-earth output 2023 vs 2024?', 'en')).toMatch(/2023.*2024/);
  });
});

describe('a German negation of an attribute not asked ("nicht erschlossene Vorkommen")', () => {
  it('does not deny that the thing exists', () => {
    expect(lead('Gibt es in Skandinavien Vorkommen an Seltenen Erden?', 'de')).toMatch(/^Ja — /);
  });
  it('still denies the attribute when it is asked', () => {
    // Guard: "erschlossen" asked of "nicht erschlossene".
    expect(lead('Sind die Vorkommen in Skandinavien erschlossen?', 'de')).toMatch(/^Nein — /);
  });
});

describe('a claim about one mineral against a sentence naming only others ("Generallizenzen für Lithium")', () => {
  it('is not confirmed by it', () => {
    expect(lead('Gibt China auch für Lithium Generallizenzen aus?', 'de')).not.toMatch(/^Ja/);
    expect(lead('Hat China den Seltenerdexport in die Vereinigten Staaten verboten?', 'de')).not.toMatch(/^Ja/);
  });
  it('is confirmed when the sentence names the mineral asked', () => {
    // Guard: gallium is in the list.
    expect(lead('Erteilt China Generallizenzen für Gallium?', 'de')).toMatch(/^Ja — /);
  });
});

describe('what an output was worth ("production worth", "Förderung … wert")', () => {
  it('is the sum the fact states, not the tonnage', () => {
    expect(lead('How much was America\'s rare-earth production worth in 2024?', 'en')).toMatch(/\$260 million/);
    expect(lead('Was war die Seltenerdförderung der USA 2024 wert?', 'de')).toMatch(/260 Mio\. Dollar/);
  });
  it('leaves "Wert" as a noun to the figure asked', () => {
    // Guard: a capitalised "Wert" asks a figure, not a sum.
    expect(lead('Welchen Wert hat die US-Förderung 2025 laut USGS?', 'de')).not.toMatch(/260 Mio\. Dollar/);
  });
});

describe('where a place named in a record lies, asked by its name alone ("Where is Wagerup?")', () => {
  it('is the clause placing it, not the venue of the record\'s event', () => {
    expect(lead('Where exactly is Wagerup?', 'en')).toMatch(/Wagerup, Western Australia/);
    expect(lead('Wo genau liegt Wagerup?', 'de')).toMatch(/in Wagerup, Westaustralien/);
  });
  it('keeps the venue for the event itself', () => {
    // Guard: the framework's own place.
    expect(lead('Where was the US–Australia framework signed?', 'en')).toMatch(/^White House, Washington/);
  });
});

describe('what happened on a day no record falls on, asked with words of another record ("took effect")', () => {
  it('is the one record naming that day in its text', () => {
    expect(lead('What was due to take effect on 1 December 2025?', 'en')).toMatch(/^1 Dec 2025 \(the day set; suspended on 7 Nov 2025[^)]*\): China widens its export controls/);
  });
});

describe('a span claimed with "an" ("about an hour")', () => {
  it('is read as one of the unit', () => {
    expect(lead('Was Trump with the Emperor for roughly an hour?', 'en')).toMatch(/^No — /);
    // Guard: a bound of an hour against 1 hour 40 minutes.
    expect(lead('Did Trump and Xi talk in Busan for more than an hour?', 'en')).toMatch(/^Yes — /);
  });
});

describe('a German count whose verb is also a noun of the texts ("Wie viele Tage lagen …", "256 Lagen")', () => {
  it('counts the noun typed with a capital, not the verb', () => {
    expect(lead('Wie viele Tage lagen zwischen der Bekanntgabe von Nr. 57 und ihrem Inkrafttreten?', 'de')).not.toMatch(/^256\b/);
  });
  it('still counts a noun typed in lower case', () => {
    // Guard: "wie viele tote" with no capital still counts the dead.
    expect(lead('wie viele tote gab es bei den grenzgefechten im juli 2025?', 'de')).toMatch(/\b43\b/);
  });
});

describe('a statement stating a number, put as a question ("So Takaichi is giving 150 cherry trees to DC?")', () => {
  it('asks yes or no', () => {
    expect(lead('So Japan is sending 300 cherry trees to Washington?', 'en')).toMatch(/^No — /);
    expect(lead('Mindestens 43 Tote bei den Grenzgefechten im Juli?', 'de')).toMatch(/^Ja — /);
  });
  it('leaves a number labelling something as a name ("Version 1.3", "Nr. 70")', () => {
    // Guard: a figure asked by its edition's version is no claim.
    expect(lead('World reserves in the MCS 2026 version 1.3?', 'en')).not.toMatch(/^(Yes|No)\b/);
  });
});

describe('a price claimed against a lead stating it after a year ("kostete 2024 im Schnitt 2.100 Dollar/kg")', () => {
  it('is judged by the price per kilogram, not the year', () => {
    expect(lead('Kostete Germaniummetall 2024 wirklich 2.100 Dollar pro Kilo?', 'de')).toMatch(/^Ja — /);
    expect(lead('Kostete Germaniummetall 2024 rund 3.000 Dollar pro Kilo?', 'de')).toMatch(/^Nein — /);
  });
});

describe('equatives ("as large as", "so hoch wie", "so billig wie")', () => {
  it('hold when the first is the larger (or, for "as cheap as", the smaller) too', () => {
    expect(lead('Are China\'s rare-earth reserves as large as Brazil\'s?', 'en')).toMatch(/^Yes — /);
    expect(lead('Sind Brasiliens Reserven an Seltenen Erden so hoch wie die Chinas?', 'de')).toMatch(/^Nein — /);
    expect(lead('Is cerium oxide as cheap as neodymium oxide?', 'en')).toMatch(/^Yes — /);
  });
});

describe('half a span ("half an hour", "eine halbe Stunde")', () => {
  it('is half the unit, and "an hour" alone is one', () => {
    expect(lead('Did the Emperor receive Trump for half an hour?', 'en')).toMatch(/^Yes — /);
    expect(lead('Did the Emperor receive Trump for an hour?', 'en')).toMatch(/^No — /);
  });
});

describe('a German genitive of a mineral ("des Galliums")', () => {
  it('names the mineral', () => {
    expect(lead('Stimmt es, dass China 99 % des Galliums fördert?', 'de')).toMatch(/^Ja — China — Anteil an der weltweiten Förderung \(Gallium\)/);
  });
});

describe('two oxides compared by German compounds ("Neodymoxid … Dysprosiumoxid")', () => {
  it('are taken in the order the question names them', () => {
    expect(lead('Ist Neodymoxid genauso teuer wie Dysprosiumoxid?', 'de')).toMatch(/^Nein — /);
    expect(lead('Ist Dysprosiumoxid genauso teuer wie Neodymoxid?', 'de')).toMatch(/^Ja — /);
  });
});

describe('a price asked "in dollars per kilogram" for a year', () => {
  it('reads the unit whole, so the year\'s sentence answers', () => {
    expect(lead('Neodymium oxide in 2025, in dollars per kilogram?', 'en')).toMatch(/\$73\/kg in 2025/);
    // Guard: the German unit was read whole before.
    expect(lead('Neodymoxid 2025: Dollar pro Kilogramm?', 'de')).toMatch(/73 Dollar\/kg/);
  });
});
