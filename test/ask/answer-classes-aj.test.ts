// Answer classes of the offline question path (issue 10), thirty-sixth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('a verb of a publication giving a figure ("meldet", "reports") beside a figure asked', () => {
  it('is no word the dataset lacks', () => {
    expect(lead('Welche Menge Kobalt meldet die USGS für Kanada im Jahr 2024?', 'de')).toMatch(/^Kanada — Bergwerksförderung \(Kobalt\) 2024: 3\.350 t/);
  });
  it('leaves a word the dataset does lack to its honest "no figure"', () => {
    // Guard: a real unknown beside the verb still says so.
    expect(lead('Welche Recyclingquote meldet die USGS für Kobalt in Kanada?', 'de')).toMatch(/keine Zahl/);
  });
});

describe('"Erzeugung" and "Erzeuger" as words of output, alone and in compounds ("Galliumerzeugung")', () => {
  it('asks mine production', () => {
    expect(lead('Wie hoch war die weltweite Galliumerzeugung 2024?', 'de')).toMatch(/^Welt — Bergwerksförderung \(Gallium\) 2024: 848\.000 kg/);
    expect(lead('Welches Land ist der größte Erzeuger von Kobalt?', 'de')).toMatch(/^Größte Bergwerksförderung \(Kobalt\)/);
  });
});

describe('a figure told by a publication, then asked of the USGS ("ZDF says …. Is that what USGS says?")', () => {
  it('is judged against the USGS figure, not against what the publication told', () => {
    expect(lead('ZDF said Russia had 10 million tonnes. Is that what the USGS says today?', 'en')).toMatch(/^No — /);
    expect(lead('Das ZDF nennt für Brasilien 22 Millionen Tonnen. Steht das so auch bei der USGS?', 'de')).toMatch(/^Nein — /);
  });
  it('still answers what the publication told when only that is asked', () => {
    // Guard: "Did ZDF say …?" asks what it said.
    expect(lead('Did the ZDF article give Brazil 22 million tonnes?', 'en')).toMatch(/^Yes — /);
  });
  it('is judged against the edition the question names, and "would you agree" judges the figure', () => {
    expect(lead('ZDF gave Russia 10 million tonnes. Is that the figure of MCS 2024?', 'en')).toMatch(/^Yes — /);
    expect(lead('ZDF reports 21 million tonnes for Vietnam. Do you agree?', 'en')).toMatch(/^No — /);
  });
});

describe('"Does USGS agree?", "Sieht die USGS das genauso?" closing a claim', () => {
  it('asks yes or no of the claim', () => {
    expect(lead('Vietnam holds 3.5 million tonnes of reserves. Would you agree?', 'en')).toMatch(/^Yes — Vietnam/);
    expect(lead('ZDF says China has 44 million tonnes. Does USGS agree?', 'en')).toMatch(/^Yes — .*China/);
    expect(lead('China hat 44 Millionen Tonnen Reserven. Sehen Sie das genauso?', 'de')).toMatch(/^Ja — /);
  });
});

describe('whether something happened before, against a sentence stating it as a first', () => {
  it('is no', () => {
    expect(lead('Did Japan ever have a female prime minister before Sanae Takaichi?', 'en')).toMatch(/^No — /);
    expect(lead('Hatte Japan vor Takaichi schon einmal eine Frau als Premierministerin?', 'de')).toMatch(/^Nein — /);
  });
  it('stays yes when the first itself is asked, and says nothing of a sentence missing what is asked', () => {
    // Guards: "the first woman?" is yes; Malaysia before the Busan meeting is not settled by "first since 2019".
    expect(lead('Is Takaichi the first woman to be prime minister of Japan?', 'en')).toMatch(/^Yes — /);
    expect(lead('War Trump vor seinem Treffen mit Xi noch in Malaysia?', 'de')).not.toMatch(/^Nein/);
  });
  it('reads no first in "had first pledged", "the first meeting since 2019" or "vor einem Jahr"', () => {
    // Guards: Kishida did pledge the trees before; a first since 2019 says they had met; "vor" of a time ago asks no "before".
    expect(lead('Had Kishida already pledged 250 cherry trees before Takaichi did?', 'en')).not.toMatch(/^No\b/);
    expect(lead('Had Trump and Xi ever met in person before 2019?', 'en')).not.toMatch(/^No\b/);
    expect(lead('War Takaichi vor einem Jahr schon Regierungschefin?', 'de')).not.toMatch(/^Nein/);
  });
});

describe('"the only one" judged by the other countries a sentence names', () => {
  it('takes no lower-case word for a country code ("in" is no India)', () => {
    expect(lead('Is Mountain Pass the only rare-earth mine in the US?', 'en')).not.toMatch(/^No\b/);
  });
});

describe('a unit of time counted ("how many minutes") of a span stated in several units', () => {
  it('counts the whole span, not the number before the unit', () => {
    expect(lead('For how many minutes did Trump and Xi talk at Gimhae Air Base?', 'en')).toMatch(/^100\b/);
    expect(lead('Wie viele Minuten lang sprachen Trump und Xi in Busan miteinander?', 'de')).toMatch(/^100\b/);
  });
});

describe('a question naming nothing that points back at a place its context names ("Wird dort abgebaut?")', () => {
  it('asks its attribute of what the context names, not of the world', () => {
    expect(lead('In der Zeitung stand etwas über ein Vorkommen im Norden Sachsens. Wird dort abgebaut?', 'de')).toMatch(/^Nein — .*Sachsens/);
    expect(lead('I read about a big rare-earth deposit in northern Saxony. Is anything mined there?', 'en')).toMatch(/Saxony, but it is not mined/);
  });
  it('leaves a context naming a country to that country and the attribute the question asks', () => {
    // Guard: "Kanada hat Reserven. Wird dort abgebaut?" asks Canada's output, not its reserves.
    expect(lead('Kanada hat Reserven an Seltenen Erden. Wird dort abgebaut?', 'de')).toMatch(/^Nein — Kanada — Bergwerksförderung/);
  });
});

describe('a weekday asked of one deed within an event of several days', () => {
  it('is the weekday of the day the deed\'s own sentence states, not of the event\'s first day', () => {
    expect(lead('Was the Gyeongju Declaration adopted on a Friday?', 'en')).toMatch(/^No — Saturday, 1 Nov 2025/);
    expect(lead('Wurde die Gyeongju-Erklärung an einem Freitag verabschiedet?', 'de')).toMatch(/^Nein — Samstag, 1\. Nov\. 2025/);
  });
  it('keeps the event\'s first day for the event itself', () => {
    // Guard: the leaders' meeting opened on Friday 31 October.
    expect(lead('Did the APEC leaders\' meeting open on a Friday?', 'en')).toMatch(/^Yes — Friday, 31 Oct 2025/);
    // Nor a sentence stating two days ("APEC week ran from 27 October to 1 November").
    expect(lead('Did APEC week start on a Saturday?', 'en')).not.toMatch(/Saturday/);
  });
});

describe('output as what a country "holt aus ihren Minen"', () => {
  it('asks mine production, and the comparison offered is answered', () => {
    expect(lead('Hat Indien oder Russland 2025 mehr Seltene Erden aus seinen Minen geholt?', 'de')).toMatch(/^Bergwerksförderung \(Seltene Erden\): Indien 2\.900 t/);
  });
  it('leaves land mines to what the texts say of them', () => {
    // Guard: "Landminen" is no output.
    expect(lead('Was vereinbarten Thailand und Kambodscha über Landminen?', 'de')).not.toMatch(/Bergwerksförderung/);
  });
});

describe('Berlin forms of "das" ("det", "dit", "Stimmt det?")', () => {
  it('read as the word they stand for', () => {
    expect(lead('Mein Kumpel sagt, Indien fördert mehr Seltene Erden als Russland. Stimmt det für 2025?', 'de')).toMatch(/^Ja — /);
  });
});

describe('the date of one deed within an event of several days', () => {
  it('leads with the day the deed\'s own clause states', () => {
    expect(lead('When was the Gyeongju Declaration adopted?', 'en')).toMatch(/^1 Nov 2025: The Gyeongju Declaration was adopted/);
    expect(lead('Wann wurde die Erklärung von Gyeongju verabschiedet?', 'de')).toMatch(/^1\. Nov\. 2025: /);
  });
  it('keeps the event\'s own days for the event', () => {
    // Guard: the meeting itself began on 31 October.
    expect(lead('When did the APEC leaders\' meeting in Gyeongju begin?', 'en')).toMatch(/^31 Oct – 1 Nov 2025/);
  });
});

describe('zero beside a ranking ("smallest non-zero producer")', () => {
  it('bounds nothing: the ranking is answered', () => {
    expect(lead('Which country was the smallest non-zero producer of rare earths in 2025?', 'en')).toMatch(/^Smallest mine production of rare earths .*1\. Malaysia 110 t/);
  });
  it('stays a bound outside a ranking', () => {
    // Guard: "more than zero" asked of one country is still judged.
    expect(lead('Did Malaysia produce more than zero tonnes of rare earths in 2025?', 'en')).toMatch(/^Yes — /);
  });
});

describe('"not X but Y" claims of a comparison ("Nicht China, sondern die USA fördern am meisten")', () => {
  it('claims Y', () => {
    expect(lead('Not China but the United States mines the most rare earths, right?', 'en')).toMatch(/^No — /);
    expect(lead('Nicht die USA, sondern China fördert mehr Seltene Erden, oder?', 'de')).toMatch(/^Ja — /);
  });
});

describe('closing tags of spoken English ("…, innit?", "…, ent?", "…, eh?")', () => {
  it('ask yes or no of the statement before them', () => {
    expect(lead('Congo mined more than half of the world\'s cobalt in 2024, innit?', 'en')).toMatch(/^Yes — /);
    expect(lead('Russia has 10 million tonnes of rare-earth reserves now, ent?', 'en')).toMatch(/^No — /);
  });
});

describe('a year after a word the sentence states with that year too ("to fiscal 2025" of "within fiscal 2025 …, had been fiscal 2027")', () => {
  it('is no other year', () => {
    expect(lead('Japan will reach 2% of GDP on defence within fiscal 2025, true?', 'en')).toMatch(/^Yes — /);
  });
  it('still denies a year the sentence states only otherwise', () => {
    // Guard: "the first meeting since 2017?" against "for the first time since 2019".
    expect(lead('War Busan das erste persönliche Treffen von Trump und Xi seit 2017?', 'de')).toMatch(/^Nein — /);
  });
});

describe('a share of US rare-earth imports asked with the mineral between ("share of US rare earth imports")', () => {
  it('asks the import sources, and a span of years ("2020-23") claims no number', () => {
    expect(lead('What was Malaysia\'s share of US rare earth imports?', 'en')).toMatch(/^US import sources .*Malaysia 13%/);
    expect(lead('Estonia\'s share of US rare-earth imports, 2020-23?', 'en')).toMatch(/^US import sources .*Estonia 5%\.$/);
  });
});

describe('"makes more", "makes the most" of a mineral as output', () => {
  it('asks mine production', () => {
    expect(lead('Does Indonesia make more nickel than the Philippines?', 'en')).toMatch(/^Yes — Mine production \(Nickel\)/);
  });
  it('leaves "what makes X valuable" alone', () => {
    // Guard: no output figure for a question about why an element matters.
    expect(lead('What makes terbium so valuable?', 'en')).not.toMatch(/Mine production/);
  });
});

describe('"notices" for announcements, and counts asked as a request ("count them for me")', () => {
  it('counts the records', () => {
    expect(lead('How many notices did Beijing issue on 9 October 2025?', 'en')).toMatch(/^6: Six announcements/);
    expect(lead('Beijing put out several export notices on 9 October 2025. Count them, please.', 'en')).toMatch(/Six announcements/);
  });
});
