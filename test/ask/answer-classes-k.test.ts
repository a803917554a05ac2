// Answer classes of the offline question path (issue 10), eleventh part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { ask, lead } = offlineAsker(dataset);

describe('a yes/no question about the state of a measure today ("still suspended?", "Gilt … noch?")', () => {
  it('answers by what is asked while the recorded suspension runs: the suspension holds, the measure does not', () => {
    expect(lead('Is China’s gallium export ban to the US still suspended?', 'en', '2026-05-01')).toMatch(/^Yes — suspended until 27 Nov 2026: China suspends its ban/);
    expect(lead('Is Announcement No. 61 still in force?', 'en', '2026-05-01')).toMatch(/^No — suspended until 10 Nov 2026: China suspends its October 2025/);
    expect(lead('Gilt die Bekanntmachung Nr. 61 noch?', 'de', '2026-05-01')).toMatch(/^Nein — ausgesetzt bis zum 10\. Nov\. 2026/);
    expect(lead('Bleibt das Exportverbot für Gallium in die USA ausgesetzt?', 'de', '2026-05-01')).toMatch(/^Ja — ausgesetzt bis zum 27\. Nov\. 2026/);
  });

  it('says the suspension has run out and the dataset does not record what followed, rather than "yes"', () => {
    expect(lead('Is China’s gallium export ban to the US still suspended?', 'en', '2026-12-03')).toMatch(/^The suspension ran until 27 Nov 2026 .*does not record what followed/);
    expect(lead('Gilt die Bekanntmachung Nr. 61 noch?', 'de', '2026-11-29')).toMatch(/^Die Aussetzung lief bis zum 10\. Nov\. 2026 .*verzeichnet der Datensatz \(Stand 6\. Feb\. 2026\) nicht/);
  });

  it('leaves "noch" meaning "else" or "more" to the record, and a past "still" to its event', () => {
    expect(lead('Hat China im Oktober noch weitere Kontrollen beschlossen?', 'de', '2026-11-29')).toMatch(/^China weitet seine Exportkontrollen aus/);
    expect(lead('Did China still add holmium in October?', 'en', '2026-11-29')).not.toMatch(/suspension ran until/);
  });
});

describe('a date asked of an event the question names outright, beside a day it states as a claim', () => {
  it('answers the named event’s date, not the record of the day stated', () => {
    expect(lead('A colleague wrote 30 October - on which day was the US-Japan framework really signed?', 'en')).toMatch(/^28 Oct 2025: US–Japan framework/);
    expect(lead('Im Newsletter stand der 26. Oktober – wann wurde das Abkommen zwischen den USA und Japan unterzeichnet?', 'de')).toMatch(/^28\. Okt\. 2025: Rahmenabkommen/);
  });
});

describe('a misspelt attribute word of five letters ("ouput")', () => {
  it('reads as the word meant when its first two letters stand, so "Licht" does not become "leicht"', () => {
    expect(lead('Australia cobalt ouput in 2024?', 'en')).toMatch(/^Australia — mine production of cobalt in 2024: 4,780 t/);
    expect(lead('Welche Zimmerpflanzen kommen mit wenig Licht aus?', 'de')).toMatch(/^Das liegt leider außerhalb/);
  });
});

describe('what rare earths are, asked as a definition', () => {
  it('answers from the fact on the 17 elements, unless something else is asked of them', () => {
    expect(lead('What exactly are rare earth elements?', 'en')).toMatch(/^In all, 17 elements count as rare earths/);
    expect(lead('Was genau sind Seltene Erden?', 'de')).toMatch(/^Insgesamt 17 Elemente zählen zu den Seltenen Erden/);
    expect(lead('What are rare earths used for?', 'en')).toMatch(/^Rare earths are needed for smartphones/);
  });
});

describe('context saying which date ("… expired last month – which date?")', () => {
  it('keeps the end date asked by the context before the dash', () => {
    expect(lead('The suspension of No. 70 expired last month - which date?', 'en')).toMatch(/^Until 10 Nov 2026: /);
    expect(lead('Die Aussetzung von Nr. 70 lief ab – an welchem Tag?', 'de')).toMatch(/^Bis zum 10\. Nov\. 2026: /);
  });
});

describe('a word of a class of elements as an adjective of another noun ("die schweren Grenzkämpfe")', () => {
  it('is no question about heavy rare earths, while "which are heavy" still is', () => {
    expect(lead('In welchem Monat gab es die schweren Grenzkämpfe zwischen Thailand und Kambodscha?', 'de')).not.toMatch(/schwere Seltene Erden/);
    expect(lead('Which rare earths are heavy?', 'en')).toMatch(/^8 heavy rare earths/);
  });
});

describe('a source named as the attribution ("laut ZDF") of a question whose words its record does not hold', () => {
  it('answers from the passage holding them, not the source’s record, nor the scope note', () => {
    expect(lead('Was sagte Trump laut ZDF zu den Bestellungen Japans?', 'de')).toMatch(/Bestellungen „für eine sehr große Menge neuer militärischer Ausrüstung“/);
    expect(lead('Was hat Trump laut ZDF über die Bestellungen Japans bei den USA gesagt?', 'de')).toMatch(/militärischer Ausrüstung/);
  });
});

describe('filler words beside a comparison or threshold ("wie sehen die Zahlen aus", "oder umgekehrt", "went past")', () => {
  it('ask nothing of their own, so the year asks the production figures', () => {
    expect(lead('Lithium 2024: Argentinien gegen Chile – wie sehen die Zahlen aus?', 'de')).toMatch(/^Bergwerksförderung \(Lithium\): Argentinien/);
    expect(lead('cobalt 2024 - which countries went past 10,000 t?', 'en')).toMatch(/^Above the amount asked — mine production of cobalt .*Congo \(Kinshasa\) 226,000 t/);
  });
});

describe('a deposit named by its place, not a country ("Wird das Vorkommen in Sachsen abgebaut?")', () => {
  it('is the fact on that place, and its clauses all count for yes or no: "a large deposit …, which is not mined" says no', () => {
    expect(lead('Wird das Vorkommen in Sachsen abgebaut?', 'de')).toMatch(/^Nein — Auch in Deutschland gibt es im Norden Sachsens/);
    expect(lead('Is the rare earth deposit in northern Saxony mined?', 'en')).toMatch(/^No — Germany has a large rare-earth deposit/);
    // One clause holding what is asked settles it alone.
    expect(lead('Is promethium radioactive?', 'en')).toMatch(/^Yes — Promethium/);
  });
});

describe('"is it" closing a last sentence that opens with a question word ("… isn’t mined. Where is it?")', () => {
  it('is that question, not a tag making the message a yes/no question; "isn’t" is a negation, no unknown word', () => {
    expect(lead('The article mentions a deposit in Saxony that isn’t mined. Where is it?', 'en')).toMatch(/^Germany has a large rare-earth deposit in northern Saxony/);
  });
});

describe('a closing tag with "n’t" ("weren’t they?", "didn’t he?") and a rank asked ("the fourth round")', () => {
  it('makes a yes/no question whose tag negates nothing, and the rank is checked against the record', () => {
    expect(lead('Trump met Xi in Busan, didn’t he?', 'en')).toMatch(/^Yes — /);
    expect(lead('The trade consultations between the US and China in Kuala Lumpur were the fourth round, weren’t they?', 'en')).toMatch(/^No — .*5th round/);
    expect(lead('The trade consultations between the US and China in Kuala Lumpur were the fifth round, weren’t they?', 'en')).toMatch(/^Yes — /);
    // A place right does not make a wrong rank right.
    expect(lead('Die Handelsgespräche zwischen den USA und China in Kuala Lumpur waren die vierte Runde, gelt?', 'de')).not.toMatch(/^Ja/);
    // A rank the record states in words agrees ("their first in-person meeting").
    expect(lead('Was the Busan meeting their first in-person meeting since 2019?', 'en')).toMatch(/^Yes — /);
  });
});

describe('an event named by its place and a word of its record ("the tariff … after Busan", "Fentanylzoll nach Busan")', () => {
  it('is that event, not the scope note; a place with nothing of its record stays off the beat', () => {
    expect(lead('What did the tariff on Chinese goods drop to after Busan?', 'en')).toMatch(/overall tariff on China from 57% to 47%/);
    expect(ask('Um wie viel ist der Fentanylzoll nach Busan gesenkt worden?', 'de')).toMatch(/Fentanyl-Zoll sinke von 20 % auf 10 %/);
    expect(lead('Is it going to rain in Busan tomorrow?', 'en')).toMatch(/^Sorry, that is outside/);
  });
});

describe('an event named by its place and a word of an event’s kind ("the Busan truce")', () => {
  it('is on the beat: what its record does not say gets "no figure or fact" with the event, not the scope note', () => {
    expect(lead('How did the markets react to the Busan truce?', 'en')).toMatch(/^The dataset has no figure or fact for that/);
    expect(ask('How did the markets react to the Busan truce?', 'en')).toMatch(/\/summit /);
    expect(lead('Wie haben die Börsen auf den Handelsfrieden von Busan reagiert?', 'de')).toMatch(/^Dazu enthält der Datensatz keine Zahl/);
    expect(lead("What's the weather like in Busan today?", 'en')).toMatch(/^Sorry, that is outside/);
  });
});

describe('words beside a country that a sentence of the dataset holds ("How much soybeans will China buy?")', () => {
  it('ask that sentence, not the country’s reserves; a country alone keeps its card', () => {
    expect(lead('How much soybeans will China buy?', 'en')).toMatch(/soybeans/);
    expect(lead('How much soybeans will China buy?', 'en')).not.toMatch(/reserves/);
    expect(lead('Tell me about Brazil', 'en')).toMatch(/^Brazil — /);
  });
});

describe('what became of one part of a measure ("What became of the 0.1% rule …?")', () => {
  it('leads with the measure’s outcome and gives the part after it', () => {
    expect(lead('What became of the 0.1% rule for foreign-made goods?', 'en')).toMatch(/: Suspended on 7 November 2025 until 10 November 2026/);
    expect(ask('What became of the 0.1% rule for foreign-made goods?', 'en')).toMatch(/No\. 61 \(MOFCOM alone\): extraterritorial control/);
  });
});

describe('the record’s own word for what the reader calls it ("bestätigt" for "bekräftigt", "unfaire" for "marktwidrige")', () => {
  it('points at the clause saying it', () => {
    expect(lead('Was hat Japan in Tokio vom Juli-Deal bestätigt?', 'de')).toMatch(/die den Deal vom Juli bekräftigt \(15 % Zoll, 550 Mrd\. Dollar/);
    expect(lead('What did Japan confirm from the July deal in Tokyo?', 'en')).toMatch(/reaffirming the July deal \(15% tariff, \$550 billion/);
    expect(lead('Was haben die USA und Japan in Tokio gegen unfaire Praktiken vereinbart?', 'de')).toMatch(/Preismechanismen gegen marktwidrige Praktiken/);
  });
});

describe('review of this part’s classes: what they must not take over', () => {
  it('"currently", "bleibt" beside a producer question ask the figure, not a measure’s state', () => {
    expect(lead('Is China currently the biggest lithium producer?', 'en')).toMatch(/^No — .*Australia 92,000 t/);
    expect(lead('Bleibt China der größte Produzent von Gallium?', 'de')).toMatch(/^Ja — /);
  });
  it('a tag’s "n’t" leaves the place check to say no; "nicht" alone is no tag', () => {
    expect(lead('Trump met Xi in Seoul, didn’t he?', 'en')).toMatch(/^No — .*Busan/);
    expect(lead('The Tokyo framework was signed in Osaka, wasn’t it?', 'en')).toMatch(/^No — .*Tokyo/);
    expect(lead('China hat die Kontrollen vom April ausgesetzt, nicht?', 'de')).not.toMatch(/^Ja/);
  });
  it('a month asked that the sentence’s own months miss is a no', () => {
    expect(lead('Will Trump visit China in May 2026?', 'en')).toMatch(/^No — /);
    expect(lead('Wird Trump im Mai 2026 China besuchen?', 'de')).toMatch(/^Nein — /);
  });
  it('words of five letters the same length as an attribute word are words of their own', () => {
    expect(lead('How many tanks does Russia have?', 'en')).toMatch(/^Sorry, that is outside/);
    expect(lead('Was there a sharp drop in rare earth prices?', 'en')).not.toMatch(/69%/);
  });
  it('a claim about an event named by its place is not settled by the record’s other words', () => {
    expect(lead('Was the Busan truce extended?', 'en')).not.toMatch(/^Yes/);
  });
});

describe('"surpassed", "overtaken", "übertroffen" between two countries', () => {
  it('compare them, so a wrong claim gets "no" with both figures; "überholt" as outdated is left alone', () => {
    expect(lead('Has the US surpassed China in rare earth production?', 'en')).toMatch(/^No — .*China has more/);
    expect(lead('Has China passed Australia in lithium production?', 'en')).toMatch(/^No — .*Australia has more/);
    expect(lead('Hat China Australien bei der Lithiumförderung übertroffen?', 'de')).toMatch(/^Nein — Bergwerksförderung \(Lithium\).*Australien liegt vorn/);
  });
});
