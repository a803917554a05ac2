// Answer classes of the offline question path (issue 10), twenty-fourth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';
import { parseQuestion } from '../../src/ask/query/parse.js';

const dataset = useDataset();
const { ask, lead } = offlineAsker(dataset);

describe('a place the dataset holds nothing of, beside the words of a fact of another place ("the EU" and imports)', () => {
  it('says plainly that nothing is held, never the US figures', () => {
    for (const [q, locale] of [
      ['How dependent is the EU on Chinese rare earths?', 'en'],
      ['What share of its rare earths does the European Union import from China?', 'en'],
      ['Wie viel Prozent ihrer Seltenen Erden bezieht die EU aus China?', 'de'],
    ] as const) {
      const l = lead(q, locale);
      expect(l).toMatch(/European Union|Europäische Union/);
      expect(l).not.toMatch(/70|80 ?%/);
    }
  });
  it('while an element\'s symbol of the same letters is the element ("Nd oxide or Eu oxide?")', () => {
    expect(lead('Which cost more per kilo in 2024, Nd oxide or Eu oxide?', 'en')).toMatch(/europium oxide 27/);
  });
});

describe('a yes/no question putting a country at a place with a bare ordinal ("Is Russia third in reserves?")', () => {
  it('checks the place in the ranking', () => {
    expect(lead('Is Russia third in rare earth reserves?', 'en')).toMatch(/^No — Australia ranks third/);
    expect(lead('Is Vietnam second in rare earth reserves?', 'en')).toMatch(/^No — Brazil ranks second/);
    expect(lead('Is China first in rare earth production?', 'en')).toMatch(/^Yes — China ranks first/);
  });
  it('while a fraction ("two thirds of") is a share, and an ordinal before a noun ranks nothing', () => {
    expect(lead('Did China account for more than two thirds of world rare earth mining in 2025?', 'en')).toMatch(/^Yes\b.*69/);
    expect(lead('Was Busan the first meeting of Trump and Xi since 2019?', 'en')).toMatch(/^Yes — Trump–Xi meeting/);
  });
});

describe('a day named by its distance from an event ("two days after the Tokyo signing", "am Donnerstag nach Tokio")', () => {
  it('is asked of that day, not of the event counted from', () => {
    expect(lead('Two days after the Tokyo signing, who did Trump meet?', 'en')).toMatch(/Xi Jinping.*30 Oct/);
    expect(lead('What happened two days before the Busan meeting?', 'en')).toMatch(/^US–Japan framework.*28 Oct/);
    expect(lead('Who did Trump meet the day before the Xi meeting?', 'en')).toMatch(/Lee Jae Myung/);
    expect(lead('Am Donnerstag nach Tokio – wen hat Trump getroffen?', 'de')).toMatch(/Xi/);
    expect(lead('Wo war Trump drei Tage nach dem Treffen mit dem Kaiser?', 'de')).toMatch(/Busan/);
  });
  it('counts from the event named after the order word, of several the question names', () => {
    expect(lead('The day after the Trump–Xi meeting, what started in Gyeongju?', 'en')).toMatch(/APEC/);
  });
  it('and a day with no event is said to have none', () => {
    expect(lead('What happened a week after the Busan meeting?', 'en')).toMatch(/no event on 6 Nov 2025/);
  });
});

describe('a number right after a month\'s name ("nach dem 9. Oktober 12 der 17 …")', () => {
  it('is no year: the day is read in the dataset\'s calendar', () => {
    expect(parseQuestion('Waren nach dem 9. Oktober 12 der 17 Seltenen Erden unter Kontrolle?', dataset(), 'de').time?.start).toBe('2025-10-09');
  });
  it('while a four-digit year still is one, and a day after the month stays the day', () => {
    expect(parseQuestion('Was geschah am 9. Oktober 2024?', dataset(), 'de').time?.start).toBe('2024-10-09');
    expect(parseQuestion('What happened on October 9?', dataset(), 'en').time?.start).toBe('2025-10-09');
  });
});

describe('a count claimed as a part of a whole ("12 der 17 Seltenen Erden", "five of the 17")', () => {
  it('claims the part, not the whole', () => {
    expect(lead('Waren im Oktober 12 der 17 Seltenen Erden unter Kontrolle?', 'de')).toMatch(/^Ja — 12 der 17/);
    expect(lead('Waren im Oktober 13 der 17 Seltenen Erden unter Kontrolle?', 'de')).toMatch(/^Nein — 12 der 17/);
  });
  it('and a lead opening with an event\'s title counts from after its date', () => {
    expect(lead('Waren nach dem 9. Oktober 12 der 17 Seltenen Erden unter Kontrolle?', 'de')).toMatch(/^Ja —/);
  });
});

describe('a country a fact of another country lists with a figure, named as the one whose figures are asked ("Japan\'s imports")', () => {
  it('is not the list item: the dataset has no figure for it', () => {
    expect(lead('What share of Japan\'s imports come from China?', 'en')).toMatch(/no figure/);
    expect(lead('Of all the rare earths Japan buys abroad, how much comes from China?', 'en')).toMatch(/no figure/);
    expect(lead('Woher bezieht Japan seine Seltenen Erden?', 'de')).toMatch(/keine Zahl/);
  });
  it('while a source named after "from" is the list item, and naming the fact\'s own country keeps it', () => {
    expect(lead('How much of rare-earth imports come from Japan?', 'en')).toMatch(/Japan 6%/);
    expect(lead('Wie viel Prozent der US-Importe kommen aus Japan?', 'de')).toMatch(/Japan 6 %/);
    expect(lead('How much of US rare-earth imports come from China?', 'en')).toMatch(/China 70%/);
  });
});

describe('goods an event\'s record states in tonnes, asked with a figure\'s words ("Sojabohnen pro Jahr", "bis Ende 2025")', () => {
  it('are answered from that record, never with the output of rare earths or a date', () => {
    expect(lead('Wie viele Tonnen Sojabohnen soll China pro Jahr kaufen?', 'de')).toMatch(/25 Mio\. t pro Jahr/);
    expect(lead('Wie viele Tonnen Sojabohnen soll China bis Ende 2025 kaufen?', 'de')).toMatch(/12 Mio\. t Sojabohnen/);
  });
  it('while a figure of a mineral named beside an event\'s name stays that figure', () => {
    expect(lead('How much rare earth did China mine in 2024, according to the fact sheet?', 'en')).toMatch(/270,000 t/);
  });
});

describe('the words of a quota ("extraction quota", "Förderquoten")', () => {
  it('ask the quota, not the output', () => {
    expect(lead('Beijing\'s rare-earth extraction quota for 2025, do we have it?', 'en')).toMatch(/quotas for 2023 and 2024, not for 2025/);
    expect(lead('Wie hoch waren Chinas Förderquoten 2024?', 'de')).toMatch(/Abbau 270\.000 t/);
  });
});

describe('a weekday claimed beside a noun of the event ("War die Unterzeichnung in Tokio am Montag?")', () => {
  it('is checked against the event\'s day, not read as a word the dataset lacks', () => {
    expect(lead('War die Unterzeichnung in Tokio am Montag?', 'de')).toMatch(/^Nein — Dienstag, 28\. Okt\. 2025/);
    expect(lead('Was the signing in Tokyo on a Tuesday?', 'en')).toMatch(/^Yes — Tuesday, 28 Oct 2025/);
  });
});

describe('a comparison asked as who led ("which one led?")', () => {
  it('compares the two figures instead of saying the dataset lacks the word', () => {
    expect(lead('Nd oxide vs Ce oxide 2024 prices, which one led?', 'en')).toMatch(/neodymium oxide 56, cerium oxide 1/);
  });
});

describe('a yes/no comparison asking whether two figures are equal ("were they level?", "gleich viel?")', () => {
  it('is no when one is larger', () => {
    expect(lead('Cobalt reserves, Cuba vs Philippines: were they level?', 'en')).toMatch(/^No — .*Cuba has more/);
    expect(lead('Haben Kuba und die Philippinen gleich viel Kobalt-Reserven?', 'de')).toMatch(/^Nein — /);
  });
  it('while "more than" still asks which is larger', () => {
    expect(lead('Did Cuba have more cobalt reserves than the Philippines?', 'en')).toMatch(/^Yes — /);
  });
});

describe('a country found only by its code among words the dataset does not know ("an LC connector", "a PE pipe")', () => {
  it('names nothing of the beat: the scope note', () => {
    expect(lead('Best way to clean an LC connector before a fusion splice?', 'en')).toMatch(/^Sorry, that is outside what I cover/);
    expect(lead('How do I weld a PE pipe without a fusion machine?', 'en')).toMatch(/^Sorry, that is outside what I cover/);
  });
  it('while a country named by its name keeps the question on the beat', () => {
    expect(lead('Best way to ship rare earths from Peru?', 'en')).not.toMatch(/^Sorry/);
  });
});

describe('the rate of the tariff cut that took effect on 10 November ("fentanyl tariff after Busan?")', () => {
  it('is stated with the record the question names, within its first lines', () => {
    expect(ask('What is the fentanyl tariff after Busan?', 'en').slice(0, 400)).toMatch(/20% to 10%/);
    expect(ask('Welcher Fentanyl-Zoll gilt nach Busan?', 'de').slice(0, 400)).toMatch(/20 % auf 10 %/);
  });
});

describe('a request opening the question ("Können Sie mir sagen, was …")', () => {
  it('asks nothing itself: its words are no topic the dataset lacks', () => {
    expect(lead('Können Sie mir sagen, was Dysprosiumoxid 2024 kostete?', 'de')).toMatch(/Dysprosiumoxid 260/);
    expect(lead('Könnten Sie mir sagen, wie groß Kanadas Reserven an Seltenen Erden sind?', 'de')).toMatch(/^Kanada — Reserven/);
  });
});

describe('a verb of needing beside an event and a field of it asked, no element named ("Mein Sohn braucht das Datum, an dem …")', () => {
  it('asks the field, not what something is used for', () => {
    expect(lead('Mein Sohn braucht für sein Referat das Datum, an dem Trump und Xi sich in Busan trafen.', 'de')).toMatch(/30\. Okt\. 2025/);
  });
  it('while an element named keeps the uses', () => {
    expect(lead('Wofür braucht man Neodym?', 'de')).toMatch(/Magnet/);
  });
});

describe('the talks in Kuala Lumpur named by its short form ("the talks in KL")', () => {
  it('are the US–China consultations', () => {
    expect(lead('wann gab es die gespräche zwischen washington und peking in KL', 'de')).toMatch(/25\.–26\. Okt\. 2025/);
  });
});
