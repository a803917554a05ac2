// Answer classes of the offline question path (issue 10), eighteenth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('"the top source / main supplier" of a ranking the lead gives by country ("China 70%, Malaysia 13%, …")', () => {
  it('is the import sources, answered yes or no by the country ranked first', () => {
    expect(lead('Is China still the main source of rare-earth imports into the US?', 'en')).toMatch(/^Yes — .*China 70%/);
    expect(lead('Is Japan the biggest supplier of rare earths to the United States?', 'en')).toMatch(/^No — .*China 70%/);
    expect(lead('Ist Malaysia der wichtigste Lieferant der USA bei Seltenen Erden?', 'de')).toMatch(/^Nein — .*China 70 %/);
  });
  it('leaves a ranking question that asks no yes or no as it was', () => {
    expect(lead('Which countries supply the US with rare earths?', 'en')).toMatch(/^US import sources.*China 70%/);
  });
});

describe('a request off the beat holding one word of citing and one of authors ("cite a journal article … three authors")', () => {
  it('is refused, not answered with the list of sources', () => {
    expect(lead('How do I cite a conference paper in APA style with four authors?', 'en')).toMatch(/outside what I cover/);
    expect(lead('Wie zitiere ich einen Zeitschriftenaufsatz nach Chicago mit zwei Autoren?', 'de')).toMatch(/außerhalb meines Themas/);
  });
  it('still lists the sources when the dataset\'s sources are asked', () => {
    expect(lead('Which sources do you cite?', 'en')).toMatch(/^Sources \(\d+\)/);
  });
});

describe('a short heading before a colon whose words no text of the dataset holds ("Sachstand Reserven:", "Desk note:")', () => {
  it('labels the message: the question after it is answered', () => {
    expect(lead('Memo draft reserves: which country ranks second behind China?', 'en')).toMatch(/^Brazil ranks second/);
    expect(lead('Aktenvermerk Reserven: Welches Land liegt hinter China auf Rang zwei?', 'de')).toMatch(/^Platz 2\b.*Brasilien/);
  });
  it('keeps a heading naming a thing the texts hold as what is asked', () => {
    expect(lead('Magnete für Offshore-Windräder: Welche Seltenen Erden stecken da drin?', 'de')).toMatch(/Neodym|Dysprosium/);
  });
});

describe('"mittlerer Kilopreis", "folgt hinter": German words of an average price and of following in a ranking', () => {
  it('read as the price and as the place after the country named', () => {
    expect(lead('Ceroxid: mittlerer Kilopreis im Jahr 2024?', 'de')).toMatch(/Ceroxid 1\b/);
    expect(lead('Welches Land folgt bei den Lithiumreserven hinter Chile?', 'de')).toMatch(/Australien/);
  });
});

describe('a German compound the texts hold whole, split into parts one of which no text holds ("Primärproduktion")', () => {
  it('is no word the dataset lacks: the sentence holding it answers', () => {
    expect(lead('Wie hoch war 2022 die Primärproduktion von Germanium weltweit laut USGS?', 'de')).toMatch(/Primärproduktion von Germanium betrug 2022 210 t/);
  });
});

describe('readers\' words for output, prime ministers and signing ("Ausstoß", "PM", "Premier", "put her name on")', () => {
  it('read as production, prime minister and signed', () => {
    expect(lead('Wie groß war der Lithiumausstoß Chiles 2025?', 'de')).toMatch(/^Chile\b.*Lithium.*56\.000 t/);
    expect(lead('Which PM signed the critical minerals framework with Trump in Washington?', 'en')).toMatch(/Albanese/);
    expect(lead('which japanese PM put her name on the minerals deal with trump?', 'en')).toMatch(/Takaichi/);
    expect(lead('Mit welchem australischen Premier hat Trump im Oktober das Rohstoffabkommen unterzeichnet?', 'de')).toMatch(/Albanese/);
  });
});

describe('a weekday asked beside the question, in a sentence of its own ("… ended on which day? need the weekday too")', () => {
  it('is given with the date', () => {
    expect(lead('When did the Trump–Xi meeting in Busan take place? Please add the weekday.', 'en')).toMatch(/^Thursday, 30 Oct 2025|^Thursday\b.*30 Oct 2025/);
    expect(lead('Wann endete das APEC-Treffen in Gyeongju? Bitte mit Wochentag.', 'de')).toMatch(/^Samstag\b.*1\. Nov\. 2025/);
  });
});

describe('a word the question reads as an attribute\'s, alone, names no place ("Gipfel" of "47. ASEAN-Gipfel")', () => {
  it('leaves the one event the question names', () => {
    expect(lead('Notiz: Gipfel Trump/Xi in Busan – Datum, bitte.', 'de')).toMatch(/30\. Okt\. 2025/);
    expect(lead('Notiz: Gipfel Trump/Xi in Busan – Datum, bitte.', 'de')).not.toMatch(/Kambodscha/);
  });
});

describe('"before or after" between two events ("Was the Busan meeting before or after the MoU?")', () => {
  it('puts the two in order with their dates', () => {
    expect(lead('Was the Busan meeting before or after the US-Malaysia MoU?', 'en')).toMatch(/^First: US–Malaysia.*26 Oct 2025.*then: Trump–Xi.*30 Oct 2025/);
    expect(lead('Fand das Treffen in Busan vor oder nach dem Abkommen von Tokio statt?', 'de')).toMatch(/^Zuerst: .*Japan.*28\. Okt\. 2025.*danach: .*Busan/);
  });
});

describe('the year of a labelled text ("Announcement No. 46 of 2024") is no time asked', () => {
  it('leaves the date asked of the measure to answer', () => {
    expect(lead('Until what date did China suspend clause 2 of Announcement No. 46 of 2024?', 'en')).toMatch(/^Until 27 Nov 2026:/);
    expect(lead('Bis zu welchem Datum hat China Absatz 2 der Bekanntmachung Nr. 46 von 2024 ausgesetzt?', 'de')).toMatch(/^Bis zum 27\. Nov\. 2026:/);
  });
});

describe('"where is it used?" after a context naming a measure that lists the element', () => {
  it('asks the element\'s uses, not the measure\'s place', () => {
    expect(lead('Terbium is on the April control list. Where is it used?', 'en')).toMatch(/^Terbium \(Tb, 65\) — Uses/);
  });
  it('still gives the measure\'s place when no use is asked', () => {
    expect(lead('Terbium is on the April control list. Where was that list issued?', 'en')).toMatch(/Beijing/);
  });
});

describe('two editions named as near their edition word ("the 2025 edition had no figure; what does the 2026 edition give?")', () => {
  it('reads the later one, the one asked last', () => {
    expect(lead('Burma\'s reserves: the 2025 edition gave none, what about the 2026 edition?', 'en')).toMatch(/MCS 2026 \(v1\.0\) lists Burma/);
    expect(lead('Malaysia, Seltenerdreserven: in der Ausgabe 2025 fehlte die Zahl; was nennt die Ausgabe 2026?', 'de')).toMatch(/710\.000 t/);
  });
});

describe('a year asked of a fact, with words no line of the answer holds ("Thesis footnote: …")', () => {
  it('is answered by the support line stating that year', () => {
    expect(lead('Draft footnote: what did the US net import reliance for rare-earth compounds and metals come to in 2025?', 'en')).toMatch(/67% for 2025/);
  });
});

describe('a fact among several holding none of the question\'s words that no attribute reads ("germanium" in "germanium price per kilo")', () => {
  it('yields to the fact holding them', () => {
    expect(lead('germanium price per kilo in 2024?', 'en')).toMatch(/^Germanium metal averaged \$2,100\/kg in 2024/);
    expect(lead('Germanium: Preis pro Kilo 2024?', 'de')).toMatch(/2\.100 Dollar\/kg/);
  });
});

describe('a function word of the question\'s language that is another language\'s word once stemmed ("were" → German "wer")', () => {
  it('asks no "who": the membership check answers', () => {
    expect(lead('Were erbium and holmium covered by the April 2025 list?', 'en')).toMatch(/^No — .*Announcement No\. 18.*Sm, Gd, Tb, Dy, Lu, Sc, Y/);
  });
  it('keeps the other language\'s word where the question is in that language', () => {
    expect(lead('Wer traf Trump in Busan?', 'de')).toMatch(/Xi Jinping/);
  });
});

describe('"face-to-face", "sit-down", "how many people": readers\' words for in person, a meeting and a count of people', () => {
  it('read as the texts write them', () => {
    expect(lead('Was the Busan sit-down the first face-to-face meeting of Trump and Xi since 2019?', 'en')).toMatch(/^Yes — /);
    expect(lead('How many people were displaced in the July 2025 border clashes between Thailand and Cambodia?', 'en')).toMatch(/300,000/);
  });
});

describe('a stop before or after another, named by the question\'s own words ("the US-China talks just before Busan")', () => {
  it('is that event, not the traveller\'s nearest stop', () => {
    expect(lead('Where did the US–China trade consultations take place just before the Busan meeting?', 'en')).toMatch(/^Kuala Lumpur: US–China trade consultations/);
  });
  it('still answers the traveller\'s stop when none is named', () => {
    expect(lead('Where did Trump go right before Japan?', 'en')).toMatch(/^Kuala Lumpur( \(47th ASEAN Summit\))?:/);
  });
});

describe('the weekday of a lead opening with the date it answers ("runs out on what weekday?" → 10 Nov 2026)', () => {
  it('is that date\'s weekday, not the weekday of the event\'s own day', () => {
    expect(lead('On what weekday does the suspension of the October controls run out?', 'en')).toMatch(/^Until Tuesday, 10 Nov 2026:/);
    expect(lead('An welchem Wochentag läuft die Aussetzung der Oktober-Kontrollen aus?', 'de')).toMatch(/^Bis zum Dienstag, 10\. Nov\. 2026:/);
  });
});

describe('a rank written with digits ("the 7th largest", "7th-largest"), claimed in a context and asked "True?"', () => {
  it('is checked as that place, not read as a top 7', () => {
    expect(lead('A listener says the US is the 6th largest producer. True?', 'en')).toMatch(/^No — .*ranks sixth/);
    expect(lead('Is the US the 2nd-largest producer of rare earths?', 'en')).toMatch(/^Yes — United States ranks second/);
  });
});

describe('a number stated in a yes/no question that is read as no bound or claim ("… with 1.9 Mt. True?")', () => {
  it('gets no "Yes" from the figure merely existing', () => {
    expect(lead('Someone in the channel says the US is the 7th-largest producer with 1.9 Mt. True?', 'en')).not.toMatch(/^Yes/);
  });
  it('still says yes where no number is stated', () => {
    expect(lead('Does the US produce rare earths?', 'en')).toMatch(/^Yes — United States/);
  });
});

describe('"which came first" of two countries\' events named by one word of their kind ("the deal with Australia or the one with Japan")', () => {
  it('orders each country\'s own event of that kind', () => {
    expect(lead('Was kam zuerst: die Vereinbarung mit Japan oder die mit Australien?', 'de')).toMatch(/^Zuerst: .*Australien.*20\. Okt\. 2025.*danach: .*Japan.*28\. Okt\. 2025/);
    expect(lead('Which came first: the deal with Japan or the one with Malaysia?', 'en')).toMatch(/^First: US–Malaysia.*26 Oct 2025.*then: US–Japan.*28 Oct 2025/);
  });
});

describe('German words of the share of US imports from a country ("Welcher Anteil der US-Importe kommt aus China?")', () => {
  it('read as the import sources', () => {
    expect(lead('Welcher Anteil der US-Importe an Seltenen Erden kommt aus Malaysia?', 'de')).toMatch(/^Herkunft der US-Importe.*Malaysia 13 %/);
  });
});

describe('a change of one year asked both ways ("Ist sie 2025 gestiegen oder gesunken?", "rise or fall")', () => {
  it('sets the year beside the one before it and says which is larger', () => {
    expect(lead('Ist die weltweite Förderung 2025 gestiegen oder gesunken?', 'de')).toMatch(/^Welt — .*2024 380\.000 t.*2025 390\.000 t.*mehr im Jahr 2025/);
    expect(lead('Did world production of rare earths rise or fall in 2025?', 'en')).toMatch(/^World — .*2024 380,000 t.*2025 390,000 t.*more in 2025/);
  });
});

describe('"in which region" / "in welcher Region" asks where', () => {
  it('leads with the sentence placing the thing asked', () => {
    expect(lead('In welcher Region Deutschlands liegt ein großes Seltenerdvorkommen?', 'de')).toMatch(/^Auch in Deutschland gibt es im Norden Sachsens/);
  });
});

describe('kilos of an element in a wind turbine ("Kilo", "Windrad"), and a bound in kg checked against a sentence in kg', () => {
  it('answers the element\'s stated quantity', () => {
    expect(lead('Neodym je 2-MW-Windrad: wie viele Kilo?', 'de')).toMatch(/372 kg Neodym/);
  });
  it('settles a bound in kg by the kilograms the sentence states', () => {
    expect(lead('Stecken in einem 2-MW-Windrad mehr als 50 kg Dysprosium?', 'de')).toMatch(/^Ja — .*60 kg Dysprosium/);
    expect(lead('Does a 2 MW wind turbine contain more than 400 kg of neodymium?', 'en')).toMatch(/^No — .*372 kg of neodymium/);
  });
});

describe('a power rating beside the number asked ("a 2 MW wind turbine … more than 400 kg")', () => {
  it('is no second number offered as a choice: the question stays yes or no', () => {
    expect(lead('Is there more than 300 kg of neodymium in a 2 MW wind turbine?', 'en')).toMatch(/^Yes — /);
  });
});

describe('an event named by its countries with a word only one clause of its texts holds ("the Thailand-Cambodia ceasefire")', () => {
  it('is dated by that clause', () => {
    expect(lead('When was the Thailand–Cambodia ceasefire?', 'en')).toMatch(/^28 Jul 2025:/);
  });
  it('still gives the event\'s own date when no word is added', () => {
    expect(lead('When was the Thailand–Cambodia joint declaration?', 'en')).toMatch(/^26 Oct 2025:/);
  });
});

describe('"value" of US output or imports, asked without "of production"', () => {
  it('is the US value fact, not "no figure"', () => {
    expect(lead('What was the value of US rare-earth output in 2024?', 'en')).toMatch(/\$260 million/);
  });
});
