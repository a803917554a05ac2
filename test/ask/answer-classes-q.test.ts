// Answer classes of the offline question path (issue 10), seventeenth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('a compound whose last part is one letter from an off-beat word ("Lieferantenbewertung", "Bewerbung")', () => {
  it('is no request off the beat: the question\'s named figure answers', () => {
    expect(lead('Für die Lieferantenbewertung: Wie viel Kobalt hat Australien 2025 gefördert?', 'de')).toMatch(/^Australien\b.*Kobalt.*3.700 t/);
    expect(lead('Für unsere Händlerbewertung: Lithiumreserven Chiles?', 'de')).toMatch(/^Chile\b.*Lithium/);
  });
  it('still refuses the off-beat request itself', () => {
    expect(lead('Schreib mir eine Bewerbung als Bergbauingenieur', 'de')).toMatch(/außerhalb meines Themas/);
  });
});

describe('"which country" asked of a ranking after a claim naming one country ("… Which country really tops that list?")', () => {
  it('answers with the ranking, its first country first', () => {
    expect(lead('My neighbour says Canada mines the most cobalt. Which country is actually on top?', 'en')).toMatch(/Congo/);
    expect(lead('Ein Kollege meint, Australien habe die größten Lithiumreserven. Welches Land liegt wirklich vorn?', 'de')).toMatch(/1\. Chile/);
  });
  it('still gives the named country\'s own place when its rank is asked', () => {
    expect(lead('Where does Australia rank in lithium reserves?', 'en')).toMatch(/^Australia ranks second/);
  });
});

describe('a date claimed of the one event between the countries named, then asked ("… signed on 28 October. When really?")', () => {
  it('answers that event\'s own day, not the day claimed', () => {
    expect(lead('My editor says the memorandum between the US and Malaysia was signed on 28 October. When was it really?', 'en')).toMatch(/^26 Oct 2025\b.*Malaysia/);
    expect(lead('Im Skript steht, die Erklärung von Thailand und Kambodscha sei am 30.10. unterschrieben worden. Wann genau?', 'de')).toMatch(/^26\. Okt\. 2025\b.*Thailand/);
  });
  it('still answers the events of a day asked with the countries of one of them', () => {
    expect(lead('What did the US and Japan sign on 28 October?', 'en')).toMatch(/Japan/);
  });
});

describe('a weekday claimed in the context of a yes/no question ("… took place on a Thursday. Can you confirm?")', () => {
  it('is checked against the event\'s own weekday', () => {
    expect(lead('Our script says the Tokyo framework was signed on a Tuesday. Can you confirm?', 'en')).toMatch(/^Yes — Tuesday, 28 Oct 2025/);
    expect(lead('Im Manuskript steht, Trump und Xi hätten sich an einem Freitag in Busan getroffen. Kannst du das bestätigen?', 'de')).toMatch(/^Nein — Donnerstag, 30\. Okt\. 2025/);
  });
});

describe('traders\' shorthand for a price ("px", "$/t")', () => {
  it('asks the price: the figure where the dataset holds it, "no figure" where not', () => {
    expect(lead('Dy oxide px 2024?', 'en')).toMatch(/dysprosium oxide 260/);
    expect(lead('cobalt px 2024, $/t?', 'en')).toMatch(/^The dataset has no figure/);
    expect(lead('Lithium USD/t 2025?', 'de')).toMatch(/^Dazu (hat|enthält) der Datensatz keine Zahl/);
  });
});

describe('a ranking word typed with its number ("top3", "Top5")', () => {
  it('asks a ranking of that length', () => {
    expect(lead('top3 nickel miners 2024', 'en')).toMatch(/^Largest mine production of nickel.*3\. Russia[^;]*\.$/);
    expect(lead('Top5 Lithiumreserven', 'de')).toMatch(/^Größte Reserven \(Lithium\).*5\. Argentinien/);
  });
});

describe('"ex" before a country a ranking puts aside ("ex-China, who\'s #1 …?")', () => {
  it('answers the first country after the one put aside', () => {
    expect(lead('ex-China, who is the #1 rare earth miner?', 'en')).toMatch(/^United States ranks second/);
    expect(lead('Wer fördert ex China am meisten Seltene Erden?', 'de')).toMatch(/^Platz 2\b.*Vereinigte Staaten/);
  });
});

describe('a change on the year put as a fragment ("US REO output up y/y in 2025?")', () => {
  it('compares the year with the one before and says yes or no', () => {
    expect(lead('US REO mine output up y/y in 2025?', 'en')).toMatch(/^Yes — United States\b.*51,000 t/);
    expect(lead('Chinese rare earth output 2025 down year on year?', 'en')).toMatch(/^No — China\b/);
    expect(lead('Seltenerdförderung der USA 2025 im Jahresvergleich gestiegen?', 'de')).toMatch(/^Ja — Vereinigte Staaten\b/);
  });
});

describe('one country put above or below another with no question word ("US REO output 2025 > Myanmar?")', () => {
  it('is a yes/no question, in words or signs', () => {
    expect(lead('US rare earth output 2025 more than Myanmar?', 'en')).toMatch(/^Yes — /);
    expect(lead('US-REO-Output 2025 > Myanmar?', 'de')).toMatch(/^Ja — /);
    expect(lead('Brazil RE reserves < Vietnam?', 'en')).toMatch(/^No — .*Brazil 11 million t/);
  });
  it('leaves a plain comparison open', () => {
    expect(lead('US vs Myanmar rare earth output 2025?', 'en')).not.toMatch(/^(Yes|No)\b/);
  });
});

describe('"Wie heißt …?" / "What\'s the name of …?" asks who', () => {
  it('names the person the role points at', () => {
    expect(lead('Wie heißt Malaysias Handelsminister?', 'de')).toMatch(/Tengku Zafrul/);
    expect(lead("What's the name of Malaysia's trade minister?", 'en')).toMatch(/Tengku Zafrul/);
  });
});

describe('a question pointing back at its context with a determiner ("… What is this minister called?")', () => {
  it('is about the context\'s event, not another its noun names; a German role word ends the compound', () => {
    expect(lead('Laut Zeitung hielt Malaysias Handelsminister am Exportverbot fest. Wie heißt dieser Minister?', 'de')).toMatch(/Tengku Zafrul/);
  });
});

describe('a number stated by one record of the events the question points at, beside a word of the reader\'s own', () => {
  it('answers with that record, not the scope note or "no figure"', () => {
    expect(lead('24%-Reziprokabgabe nach Busan – was ist damit?', 'de')).toMatch(/24-prozentigen Gegenzolls/);
  });
  it('still says "no figure" for a number no record states', () => {
    expect(lead('35%-Reziprokabgabe nach Busan – was ist damit?', 'de')).not.toMatch(/Gegenzolls/);
  });
});

describe('a quantity asked of an element whose own sentences state one ("how many tonnes …?", "… in a 2 MW turbine?")', () => {
  it('leads with the sentence stating the question\'s number, or the one tonnage for tonnes asked', () => {
    expect(lead('Physics club question: how much neodymium do you find in one 2 MW wind generator?', 'en')).toMatch(/^Neodymium: .*372 kg/);
    expect(lead('Scandium is so rare. How many tonnes of it come onto the market?', 'en')).toMatch(/^Scandium: world production about 40 t/);
  });
  it('keeps the card when no sentence of the element states such a quantity', () => {
    expect(lead('How many tonnes of holmium are there?', 'en')).not.toMatch(/^Holmium: /);
  });
});

describe('counts stated as a part of a whole ("12 of the 17 rare earths", "12 der 17 Seltenen Erden")', () => {
  it('count the part, whichever of the mineral\'s names the question counts by', () => {
    expect(lead('Wie viele Seltene Erden standen nach dem 9. Oktober unter Kontrolle?', 'de')).toMatch(/^12: /);
    expect(lead('Wie viele der Seltenerdelemente fielen nach dem 9. Oktober 2025 unter Chinas Ausfuhrkontrollen?', 'de')).toMatch(/^12: /);
  });
  it('still counts a list of numbers joined by "and"', () => {
    expect(lead('How many announcements did China issue on 9 October 2025?', 'en')).toMatch(/\b(6|six)\b/i);
  });
});

describe('a generic collective noun ("die Gruppe der Seltenen Erden")', () => {
  it('names nothing the dataset must hold', () => {
    expect(lead('Wie viele Elemente gehören zur Gruppe der Seltenen Erden?', 'de')).toMatch(/17 Elemente/);
  });
});

describe('a yes/no question whose lead lacks the property asked ("… MoU legally binding?")', () => {
  it('is settled by the support sentence holding more of the question\'s words', () => {
    expect(lead('Is the US-Malaysia critical minerals MoU legally binding?', 'en')).toMatch(/^No — .*non-binding/);
  });
  it('keeps the lead\'s verdict when it holds the question\'s words', () => {
    expect(lead('Does the US-Japan framework include joint geological mapping?', 'en')).toMatch(/^Yes — /);
  });
});

describe('"Wie heißt der Ort …?" / "What\'s the name of the place …?" asks where, not who', () => {
  it('answers the place', () => {
    expect(lead('Wie heißt der Ort, an dem Trump und Xi sich trafen?', 'de')).toMatch(/^Luftwaffenstützpunkt Gimhae/);
    expect(lead("What's the name of the place where Trump and Xi met?", 'en')).toMatch(/^Gimhae Air Base/);
  });
});

describe('a German noun the texts hold only inside a compound ("Gefangene" in "Kriegsgefangenen")', () => {
  it('reads as that compound', () => {
    expect(lead('Wie viele kambodschanische Gefangene kamen frei?', 'de')).toMatch(/\b18\b/);
  });
});

describe('a day or month of the calendar asked with nothing else named ("Gab es am 29. Oktober etwas?")', () => {
  it('answers with its events, not the scope note', () => {
    expect(lead('Gab es am 29. Oktober etwas?', 'de')).toMatch(/Trump und Lee Jae Myung/);
    expect(lead("What's on the calendar for November 2025?", 'en')).toMatch(/APEC/);
  });
  it('still refuses an off-beat request that names a day', () => {
    expect(lead("What's the weather on 29 October?", 'en')).toMatch(/^Sorry, that is outside what I cover/);
  });
});

describe('a question offering alternatives ("light or heavy?", "leicht oder schwer?")', () => {
  it('answers which, with neither yes nor no', () => {
    expect(lead('Is gadolinium light or heavy?', 'en')).toMatch(/^Gadolinium is a light rare earth/);
    expect(lead('Ist Gadolinium leicht oder schwer?', 'de')).toMatch(/^Gadolinium ist nach USGS-Konvention eine leichte/);
  });
  it('keeps "or not" and a second question after a comma yes/no', () => {
    expect(lead('Sc: heavy REE or not, by the USGS convention?', 'en')).toMatch(/^No — /);
    expect(lead('Australien hat mehr Lithium als China, oder?', 'de')).toMatch(/^Ja — /);
  });
});

describe('a month with a year no event falls in ("visiting China in April 2026?")', () => {
  it('names no event of that month in another year', () => {
    expect(lead('Is Trump visiting China in April 2026?', 'en')).toMatch(/^Yes — Trump–Xi meeting in Busan/);
    expect(lead('Besucht Trump im April 2026 China?', 'de')).toMatch(/^Ja — Treffen von Trump und Xi/);
  });
});

describe('a change asked since a year ("Has US output risen since 2023?")', () => {
  it('compares that year with the newest the table holds', () => {
    expect(lead('Has US rare earth production risen since 2023?', 'en')).toMatch(/^Yes — United States\b.*2023 41,600 t.*2025 51,000 t/);
    expect(lead('Ist die Seltenerdförderung der USA seit 2023 gestiegen?', 'de')).toMatch(/^Ja — .*2023 41\.600 t.*2025 51\.000 t/);
  });
  it('still compares a year with the one before when no "since" is asked', () => {
    expect(lead('Did US rare earth production rise in 2025?', 'en')).toMatch(/2024 45,500 t/);
  });
});

describe('a preamble of words the dataset does not know before a tonnage question naming mineral and country', () => {
  it('is the reader\'s chatter, not a commodity', () => {
    expect(lead('right then, moving on for the minutes how many tonnes of rare earths came out of vietnam in 2024', 'en')).toMatch(/^Vietnam\b.*mine production of rare earths in 2024/);
  });
  it('still says "no figure" for an unknown word after the question word', () => {
    expect(lead('How many tonnes of rare earth slag does China dump?', 'en')).toMatch(/^The dataset has no figure/);
  });
});

describe('a country put aside by its code or by "ohne" ("Top3 ohne CN", "Top 3 Förderländer ohne China")', () => {
  it('ranks the others', () => {
    expect(lead('Top3 ohne CN', 'de')).toMatch(/nach China.*2\. Brasilien/);
    expect(lead('Top 3 Förderländer 2024 ohne China', 'de')).toMatch(/nach China.*2\. Vereinigte Staaten 45\.500 t/);
  });
});

describe('a yes/no question about what happened, against a text stating a plan ("Did Trump visit Beijing in April 2026?")', () => {
  it('answers with the plan and neither yes nor no', () => {
    expect(lead('Did Trump visit Beijing in April 2026?', 'en')).toMatch(/^Trump–Xi meeting in Busan.*visit China in April 2026/);
    expect(lead('Hat Trump im April 2026 China besucht?', 'de')).toMatch(/^Treffen von Trump und Xi in Busan/);
  });
  it('still confirms what the texts record as done', () => {
    expect(lead('Did Trump and Xi meet in Busan?', 'en')).toMatch(/^Yes — /);
  });
});

describe('a month named from today with years back ("this month last year")', () => {
  it('is that month in the year asked', () => {
    expect(lead('What happened this month last year?', 'en')).toMatch(/^1–30 Nov 2025\b/);
  });
  it('leaves "this month" alone without a year asked', () => {
    expect(lead('What happened this month?', 'en')).toMatch(/November 2026/);
  });
});

describe('"Where does the US import … from?"', () => {
  it('asks the US import sources, not the trade volumes the dataset lacks', () => {
    expect(lead('Where does the US import rare earth compounds from?', 'en')).toMatch(/^US import sources.*China 70%/);
  });
});

describe('"When was X agreed?" of a thing one clause of a record dates ("Waffenruhe … vereinbart")', () => {
  it('answers that clause\'s date, not the record\'s', () => {
    expect(lead('Wann wurde die Waffenruhe zwischen Thailand und Kambodscha vereinbart?', 'de')).toMatch(/^28\. Juli 2025: /);
  });
  it('keeps the record\'s date for the agreement itself', () => {
    expect(lead('When was the US-Japan framework agreed?', 'en')).toMatch(/^28 Oct 2025: /);
  });
});

describe('"a source says …" before a figure claim ("A source says China\'s reserves are 44 Mt, correct?")', () => {
  it('checks the figure, not the list of sources', () => {
    expect(lead("A source says China's rare earth reserves are 44 Mt, correct?", 'en')).toMatch(/^Yes — China\b.*44 million t/);
    expect(lead('Eine Quelle sagt, Brasiliens Seltenerdreserven liegen bei 21 Mio. t. Stimmt das?', 'de')).toMatch(/^Nein — Brasilien\b.*11 Mio\. t/);
  });
  it('still lists the sources when they are asked', () => {
    expect(lead('Which sources do you use?', 'en')).toMatch(/^Sources \(\d+\)/);
  });
});
