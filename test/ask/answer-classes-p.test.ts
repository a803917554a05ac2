// Answer classes of the offline question path (issue 10), sixteenth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('an agreement asked about one of its terms with no attribute word ("… say about stockpiling?")', () => {
  it('leads with the one item of its list that holds the word', () => {
    expect(lead('What does the US-Japan minerals framework say about stockpiling?', 'en')).toMatch(/stockpiling/);
    expect(lead('Tokyo framework and geological mapping, what does it say?', 'en')).toMatch(/mapping/);
  });
});

describe('a fact asked for two years side by side ("Nd oxide price 2024 vs 2025")', () => {
  it('leads with the sentence of each year, in the order asked', () => {
    expect(lead('Neodymium oxide price 2024 vs 2025', 'en')).toMatch(/56.*73/s);
    expect(lead('Wie teuer war Neodymoxid 2025 im Vergleich zu 2024?', 'de')).toMatch(/73.*56/s);
  });
  it('keeps one sentence when one year is asked', () => {
    expect(lead('Neodymium oxide price 2025', 'en')).not.toMatch(/\b56\b/);
  });
});

describe('context naming the reader\'s purpose before the question ("Für die Unterrichtsstunde zu Magneten: …")', () => {
  it('names no topic the dataset must hold', () => {
    expect(lead('Für die Unterrichtsstunde zu Magneten: Wie teuer war Neodymoxid 2024?', 'de')).toMatch(/Neodymoxid 56/);
    expect(lead('For my seminar on supply chains: what did lanthanum oxide cost in 2024?', 'en')).toMatch(/lanthanum oxide 1\b/);
  });
  it('still says "no figure" for a thing the question itself asks that the dataset lacks', () => {
    expect(lead('For my class: what did a kilo of cobalt cost in 2024?', 'en')).toMatch(/^The dataset has no figure/);
    expect(lead('Für den Einkauf: Was kostete ein Kilo Kobalt 2024?', 'de')).toMatch(/^Dazu (hat|enthält) der Datensatz keine Zahl/);
  });
});

describe('a closing tag and a German statement verb in a price check ("…, didn\'t it?", "… lag 2024 über …, oder?")', () => {
  it('answers the check against the price', () => {
    expect(lead("Nd oxide averaged more than $70 a kilo in 2024, didn't it?", 'en')).toMatch(/^No\b.*neodymium oxide 56/);
    expect(lead('Europiumoxid lag 2024 doch über 50 Dollar je Kilo, oder?', 'de')).toMatch(/^Nein\b.*Europiumoxid 27/);
  });
});

describe('the spread or jump between two prices ("spread per kg", "wie groß ist der Sprung")', () => {
  it('is a comparison of the prices, not a figure the dataset lacks', () => {
    expect(lead('Terbium oxide versus dysprosium oxide in 2024: what was the spread per kg?', 'en')).toMatch(/810/);
    expect(lead('Neodymoxid: Was kostete das Kilo 2024 und was 2025 – wie groß ist der Sprung?', 'de')).toMatch(/56.*73/s);
  });
});

describe('"im Mittel" for an average price', () => {
  it('asks the average the dataset holds', () => {
    expect(lead('Wie teuer war Terbiumoxid 2024 im Mittel?', 'de')).toMatch(/Terbiumoxid 810/);
  });
});
