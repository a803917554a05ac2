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
