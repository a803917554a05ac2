// Answer classes of the offline question path (issue 10), fifteenth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { ask, lead } = offlineAsker(dataset);

describe('one word of an attribute among words no sentence of the dataset holds ("Brauch ich einen Schirm?")', () => {
  it('is off the beat, whatever the attribute', () => {
    expect(lead('Brauche ich heute in Hamburg eine Jacke?', 'de')).toMatch(/außerhalb meines Themas/);
    expect(lead('Braucht man für den Marathon in Köln eine Anmeldung?', 'de')).toMatch(/außerhalb meines Themas/);
    expect(lead('Do I need an umbrella in Leeds tonight?', 'en')).toMatch(/outside what I cover/);
  });

  it('stays on the beat when a mineral or element is named, or a word of the dataset stands beside it', () => {
    expect(lead('Wofür braucht man Dysprosium?', 'de')).toMatch(/^Dysprosium/);
    expect(lead('Wozu braucht man Erz aus Afrika?', 'de')).not.toMatch(/außerhalb meines Themas/);
  });
});

describe('a German compound whose last part names a commodity ("Naturgraphit", "Rohkupfer")', () => {
  it('is about that commodity: no figure for one the dataset does not hold, the figure for one it holds', () => {
    expect(lead('Wie viel Rohkupfer fördert Chile?', 'de')).toMatch(/^Dazu hat der Datensatz keine Zahl/);
    expect(lead('Wie hoch war 2024 die Naturgraphitförderung in China?', 'de')).toMatch(/^Dazu hat der Datensatz keine Zahl/);
    // A modifier of a mineral the dataset holds may make it another figure ("Reinstgallium"): not read as the mineral.
    expect(lead('Wie hoch war 2024 die Reinstgalliumproduktion?', 'de')).not.toMatch(/^Welt/);
  });
});

describe('the regular English adjective of a country the dataset does not list ("Bolivian lithium")', () => {
  it('names that country, so the answer is its figure or an honest none, never the world figure', () => {
    expect(lead('Bolivian lithium reserves?', 'en')).toMatch(/^The dataset has no figure for that: .*Bolivia/);
    expect(lead('How big are Mongolian rare earth reserves?', 'en')).toMatch(/Mongolia/);
    expect(lead('Mexican lithium output 2025?', 'en')).not.toMatch(/^World/);
  });
});

describe('the country after one named in a ranking ("Wer folgt auf Indonesien?", "Who is behind China?")', () => {
  it('is the next place of that ranking, asked with "who" or "follows" as with "which country … after"', () => {
    expect(lead('Wer liegt hinter Indonesien bei den Nickelreserven?', 'de')).toMatch(/^Platz 2 .*Australien/);
    expect(lead('Kobaltreserven: Wer folgt auf Kongo?', 'de')).toMatch(/^Platz 2 /);
    expect(lead('Who follows China on rare earth reserves?', 'en')).toMatch(/ranks second .*behind China/);
  });

  it('leaves a question about people to the events', () => {
    expect(lead('Who did Trump meet after Japan?', 'en')).not.toMatch(/ranks second/);
  });

  it('is the place after that country wherever it stands, while "outside" or "außer" only puts it out', () => {
    expect(lead('who follows Brazil in rare earth reserves', 'en')).toMatch(/^Australia ranks third/);
    expect(lead('Wer liegt hinter den USA bei der Seltenerdproduktion 2024?', 'de')).toMatch(/^Platz 3 .*Australien/);
    expect(lead('Which country mines the most lithium outside Chile?', 'en')).toMatch(/^Australia ranks first/);
    expect(lead('Wer hat außer China die größten Reserven?', 'de')).toMatch(/^Platz 2 .*Brasilien/);
  });
});

describe('the retrieval stage, for words nothing else explains', () => {
  it('takes no three-letter stem cut from a longer word as the short form of another ("Minen" is no "Minister")', () => {
    expect(lead('Gibt es neue Regeln zu Minen?', 'de')).not.toMatch(/Takaichi/);
  });

  it('finds no answer in a publisher\'s name unless a source is asked about ("Timer" is no "Times")', () => {
    expect(lead('Reuters', 'de')).toMatch(/^Reuters/);
    expect(lead('Kannst du einen Timer auf zehn Minuten stellen?', 'de')).toMatch(/außerhalb meines Themas/);
    expect(lead('What did the Japan Times report about the fact sheet?', 'en')).toMatch(/White House/);
  });
});

describe('words readers use for the last place, for production and for imports', () => {
  it('reads the last place of a ranking as the smallest ("Schlusslicht", "ranks last", "at the bottom")', () => {
    expect(lead('Welches Land ist bei den Kobaltreserven das Schlusslicht?', 'de')).toMatch(/^Kleinste Reserven \(Kobalt\)/);
    expect(lead('Which country ranks last for cobalt output in 2025?', 'en')).toMatch(/^Smallest mine production of cobalt/);
    expect(lead('Who sits at the bottom of the nickel reserves table?', 'en')).toMatch(/^Smallest reserves of nickel/);
  });

  it('reads made, out of the ground and mines as production, and a bare "tonnage" or "überhaupt" as nothing asked', () => {
    expect(lead('Wie viel Lithium hat Chile 2024 hergestellt?', 'de')).toMatch(/^Chile — Bergwerksförderung \(Lithium\) 2024/);
    expect(lead('Wie viel Lithium kam 2024 aus den Bergwerken Chiles?', 'de')).toMatch(/Chile — Bergwerksförderung \(Lithium\) 2024/);
    expect(lead('Wie viele Bergwerke gibt es in China?', 'de')).not.toMatch(/Bergwerksförderung/);
    expect(lead('Cobalt mining in Cuba in 2024, what was the tonnage?', 'en')).toMatch(/^Cuba — mine production of cobalt in 2024/);
    expect(lead('Hat Brasilien 2025 überhaupt Seltene Erden gefördert?', 'de')).not.toMatch(/keine Zahl/);
  });

  it('reads a code after a year as a name, not as a unit ("Burma 2024 REE output")', () => {
    expect(lead('Burma 2024 REE output?', 'en')).toMatch(/^Burma \(Myanmar\) — mine production of rare earths in 2024/);
  });
});

describe('a German compound ending in a word of a date, price or quantity ("Erscheinungsdatum", "Unterzeichnungsdatum")', () => {
  it('asks that attribute of what the question names', () => {
    expect(lead('Erscheinungsdatum der MCS 2025?', 'de')).toMatch(/^31\. Jan(?:uar|\.) 2025/);
    expect(lead('Was ist das Unterzeichnungsdatum des Rahmenabkommens zwischen den USA und Japan?', 'de')).toMatch(/^28\. Okt\. 2025/);
  });
});

describe('"more" with no number beside two subjects ("wo liegt mehr Nickel?")', () => {
  it('compares them, whatever the question word', () => {
    expect(lead('Australien und Chile – wo wurde 2025 mehr Lithium gefördert?', 'de')).toMatch(/^Bergwerksförderung \(Lithium\): Australien .* gegenüber Chile/);
    expect(lead('Brazil and Canada: where is there more nickel in reserves?', 'en')).toMatch(/Brazil has more/);
  });
});

describe('leading, asked by the verb ("which three countries led", "Wer führt", "die Nase vorn")', () => {
  it('is the ranking, with the edition named in words ("the USGS summaries of 2025")', () => {
    expect(lead('In the USGS summaries of 2025, which two countries led on nickel reserves?', 'en')).toMatch(/^Largest reserves of nickel \(USGS MCS 2025\): 1\. Indonesia .*2\. Australia/);
    expect(lead('Welches Land führt bei der Lithiumförderung 2025?', 'de')).toMatch(/^Größte Bergwerksförderung \(Lithium\)/);
    expect(lead('Wer hat bei den Seltenerdreserven die Nase vorn?', 'de')).toMatch(/^Größte Reserven \(Seltene Erden\)/);
  });

  it('is no ranking when the verb means something else ("führt … aus", "led Thailand")', () => {
    expect(lead('Führt Malaysia Seltene Erden aus?', 'de')).not.toMatch(/Größte/);
    expect(lead('Who led Thailand at the signing?', 'en')).not.toMatch(/reserves/);
  });
});

describe('a place asked with no ranking word, and two places at once ("Who is second …", "Platz drei und vier")', () => {
  it('answers the place asked, and both places when two are joined', () => {
    expect(lead('Who is second in nickel reserves?', 'en')).toMatch(/^Australia ranks second for reserves of nickel/);
    expect(lead('Which countries are third and fourth in lithium output 2025?', 'en')).toMatch(/^Places 3 and 4 .*Chile .* and Zimbabwe/);
    expect(lead('Kobaltreserven: Wer liegt auf Platz 2 und 3?', 'de')).toMatch(/^Platz 2 und 3 bei Reserven \(Kobalt\).*Australien .* und Russland/);
  });

  it('leaves an ordinal of an event to the events', () => {
    expect(lead('Who attended the second round of talks?', 'en')).not.toMatch(/ranks second/);
  });
});

describe('a question asking no attribute of its own after context naming a figure ("… was 290,000 t. Was that corrected?")', () => {
  it('asks that figure: its revisions answer', () => {
    expect(lead('World cobalt output in 2024 was given as 290,000 t in MCS 2025. Was that corrected afterwards?', 'en')).toMatch(/302,000 t.*290,000 t/);
  });

  it('takes no topic word of the context as the question\'s attribute', () => {
    expect(lead("I keep seeing 'No. 61' in the reporting on China's export controls. What was that announcement about?", 'en')).toMatch(/No\. 61/);
  });
});

describe('a mineral compared or ranked between countries, with no event named ("Wer hat mehr Lithium, Chile oder Australien?")', () => {
  it('asks their figures, not the participants of an event one of them took part in', () => {
    expect(lead('Wer hat mehr Lithium, Chile oder Australien?', 'de')).toMatch(/^Reserven \(Lithium\): Chile .* gegenüber Australien/);
    expect(lead('Who follows China in rare earth production?', 'en')).toMatch(/^United States ranks second for mine production of rare earths/);
  });

  it('keeps the participants when an agreement is asked', () => {
    expect(lead('Who signed the rare earth deal with Australia?', 'en')).toMatch(/Albanese/);
  });
});

describe('a mineral with no reserves table asked with no measure ("who leads gallium")', () => {
  it('is answered from its output, not with "no reserves table"', () => {
    expect(lead('who leads gallium', 'en')).toMatch(/^Largest mine production of gallium/);
    expect(lead('More gallium: Japan or Russia?', 'en')).toMatch(/^Mine production \(Gallium\): Japan .* against Russia/);
  });
});

describe('meeting and discussing asked by the verb ("Hat Trump den Kaiser getroffen?", "was hat trump mit xi besprochen")', () => {
  it('is that event', () => {
    expect(lead('Hat Trump den Kaiser getroffen?', 'de')).toMatch(/^Ja — Trump trifft in Tokio ein/);
    expect(lead('was hat trump mit xi besprochen', 'de')).toMatch(/^Treffen von Trump und Xi in Busan/);
  });
});

describe('chat filler around a question ("honestly … lol", "kurze Frage: … echt?")', () => {
  it('asks nothing of its own', () => {
    expect(lead('honestly how much cobalt does congo have lol', 'en')).toMatch(/^Congo \(Kinshasa\) — reserves of cobalt/);
    expect(lead('kurze Frage: wie groß sind Brasiliens Reserven echt?', 'de')).toMatch(/^Brasilien — Reserven/);
  });
});

describe('a ranking asked with "Wer ist …" and the metal lead', () => {
  it('ranks, and asks no meaning of the mineral named ("Wer ist der Größte bei Seltenen Erden?")', () => {
    expect(lead('Wer ist der Größte bei Seltenen Erden?', 'de')).toMatch(/^Größte Reserven \(Seltene Erden\)/);
    expect(lead('Was ist MOFCOM?', 'de')).toMatch(/Handelsministerium/);
  });

  it('reads lead the metal as a commodity the dataset does not hold, and the verb as no commodity', () => {
    expect(lead('does China produce lead', 'en')).toMatch(/^The dataset has no figure for that/);
    expect(lead('Wie viel Blei fördert China?', 'de')).toMatch(/^Dazu hat der Datensatz keine Zahl/);
    expect(lead('Who will lead the talks?', 'en')).not.toMatch(/no figure/);
  });
});

describe('tonnes shipped between countries ("shipped from China to Korea")', () => {
  it('are trade volumes the dataset does not hold, not a production figure', () => {
    expect(lead('How many tonnes of rare earths were shipped from China to Korea in 2024?', 'en')).toMatch(/^The dataset has no figure for that/);
  });
});

describe('an end date asked as "until which date", and an arrival asked as "arriving"', () => {
  it('is the end date, and the arrival\'s day', () => {
    expect(lead('The suspension of the October controls: until what date does it run?', 'en')).toMatch(/^Until 10 Nov 2026/);
    expect(lead('Die Pause der Oktober-Kontrollen: bis zu welchem Datum gilt sie?', 'de')).toMatch(/^Bis zum 10\. Nov\. 2026/);
    expect(lead('For the recap: Trump arriving in Japan, which day was that?', 'en')).toMatch(/^27 Oct 2025/);
  });
});

describe('whether a measure stayed in force after another was suspended ("After the pause, did the April controls stay in force?")', () => {
  it('is yes for the measure still in force; its own suspension asked stays no', () => {
    expect(lead('After the pause, did the April controls stay in force?', 'en')).toMatch(/^Yes — .*Announcement No\. 18/);
    expect(lead('Are the April controls suspended?', 'en')).toMatch(/^No — /);
  });
});

describe('a German yes/no question opened by a modal verb ("Musste man … eine Exportlizenz haben?")', () => {
  it('is answered yes or no', () => {
    expect(lead('Musste man für Erbium schon im April 2025 eine Exportlizenz haben?', 'de')).toMatch(/^Nein — /);
  });
});

describe('a capital standing for its government ("zwischen Washington und Bangkok")', () => {
  it('names the country', () => {
    expect(lead('Was steht in der Absichtserklärung zwischen Washington und Bangkok?', 'de')).toMatch(/Thailand/);
  });
});

describe('second review: words of the session that must not reach too far', () => {
  it('reads "letzte Woche" as time, not as the last place', () => {
    expect(lead('Was ist letzte Woche passiert?', 'de')).not.toMatch(/^Kleinste/);
  });

  it('keeps the end date asked beside "in force", and a date asked of a term that is also a name', () => {
    expect(lead('until which date is announcement 70 in force?', 'en')).toMatch(/^Until 10 Nov 2026/);
    expect(lead('sorry, quick question: when is APEC?', 'en')).toMatch(/^31 Oct – 1 Nov 2025/);
    expect(lead('Where can I find the Mineral Commodity Summaries?', 'en')).toMatch(/Mineral Commodity Summaries/);
  });

  it('reads goods shipped to a country, and a report discussing something, as no trade volume or event', () => {
    expect(lead('Were soybeans shipped to China after Busan?', 'en')).not.toMatch(/no export volumes/);
    expect(lead('Is the Vietnam revision discussed in the USGS report?', 'en')).not.toMatch(/^No — /);
  });
});

describe('a yes/no question after context, naming nothing itself ("… Are they still in force?")', () => {
  it('is read with its context and answered yes or no', () => {
    expect(lead('The April controls covered seven elements. Are they still in force?', 'en')).toMatch(/^Yes — .*Announcement No\. 18/);
  });
});

describe('the house a speech was given in, and "brauch ich" as a request', () => {
  it('is the event\'s place; a need for a number asks no use', () => {
    expect(lead('In which house did Takaichi give her first policy speech?', 'en')).toMatch(/^National Diet, Tokyo/);
    expect(lead('Für den Vortrag brauch ich eine Zahl: Chinas Seltenerdförderung 2024?', 'de')).toMatch(/^China — Bergwerksförderung \(Seltene Erden\) 2024/);
  });
});

describe('the full name of an abbreviation ("what is the full name of MCS?")', () => {
  it('is its definition', () => {
    expect(lead('Quick check before I cite MCS: what is its full name?', 'en')).toMatch(/Mineral Commodity Summaries/);
    expect(ask('Wie lautet der vollständige Name der MCS?', 'de').split('\n').slice(0, 3).join(' ')).toMatch(/Mineral Commodity Summaries/);
  });
});

describe('"Which specialist …": a source\'s word right after the question word', () => {
  it('asks the source\'s person, not the class of elements the question also names', () => {
    expect(lead('Which USGS specialist classifies light and heavy rare earths?', 'en')).toMatch(/Cordier/);
  });
});
