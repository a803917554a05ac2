// Answer classes of the offline question path (issue 10), sixth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';
import { parseQuestion } from '../../src/ask/query/parse.js';

const dataset = useDataset();
const { ask, lead } = offlineAsker(dataset);
const countriesOf = (q: string, locale: 'en' | 'de'): string[] => parseQuestion(q, dataset(), locale).subjects.countries.map((c) => c.id);

describe('a country named by its adjective ("Turkish", "die chinesischen")', () => {
  it('is the country whose figure is asked, in both languages and any German ending', () => {
    expect(lead('Russian nickel reserves?', 'en')).toMatch(/^Russia — reserves of nickel: /);
    expect(lead('Wie groß sind die indischen Seltenerdreserven?', 'de')).toMatch(/^Indien — Reserven \(Seltene Erden\): /);
    expect(lead('Was fördert die kanadische Nickelindustrie im Jahr?', 'de')).toMatch(/^Kanada — Bergwerksförderung \(Nickel\)/);
  });
  it('a continent’s adjective stays the continent ("South American", "South Africa" is no "America")', () => {
    expect(countriesOf('Which South American country mines the most lithium?', 'en')).toEqual([]);
    expect(lead('Which South American country mines the most lithium?', 'en')).toMatch(/in South America/);
    expect(countriesOf('South African rare earth reserves', 'en')).toEqual(['ZA']);
  });
  it('beside an event it describes the event’s things, not a second country compared', () => {
    expect(countriesOf('Was sagte Trump nach dem Treffen in Busan über japanische Investitionen?', 'de')).not.toContain('JP');
  });
});

describe('a German compound whose first part is a misspelt name ("Litiumreserven")', () => {
  it('reads the name and the part after it', () => {
    expect(lead('Wie groß sind die Litiumreserven Argentiniens?', 'de')).toMatch(/^Argentinien — Reserven \(Lithium\): /);
    expect(lead('Kobbaltförderung in Indonesien 2025', 'de')).toMatch(/^Indonesien — Bergwerksförderung \(Kobalt\) 2025: /);
  });
  it('only names: a first part one letter from an ordinary word is no reading of it', () => {
    expect(parseQuestion('Wohin geht die Weiterverarbeitung?', dataset(), 'de').attributes.map((h) => h.attribute.id)).not.toContain('offbeat');
  });
});

describe('"wie hoch" asks the figure, not the highest', () => {
  it('a world figure, not a ranking', () => {
    expect(lead('Wie hoch ist die Nickelförderung weltweit?', 'de')).toMatch(/^Welt — Bergwerksförderung \(Nickel\)/);
    expect(parseQuestion('Wie hoch sind die Reserven Chinas?', dataset(), 'de').operator).not.toBe('top');
  });
  it('"am höchsten" still ranks', () => {
    expect(parseQuestion('Welches Land hat die höchsten Kobaltreserven?', dataset(), 'de').operator).toBe('top');
  });
  it('"weltweite" is the world', () => {
    expect(parseQuestion('Wie groß ist die weltweite Lithiumförderung?', dataset(), 'de').subjects.world).toBe(true);
  });
});

describe('words for export controls and for membership', () => {
  it('a control list or a licence asks about the export controls', () => {
    expect(lead('Steht Lanthan auf Chinas Kontrollliste?', 'de')).toMatch(/^Nein — keine chinesische Exportkontrolle im Datensatz nennt Lanthan/);
    expect(lead('Is samarium on the control list?', 'en')).toMatch(/^(Yes|No) — .*(Announcement No\. 18|suspended)/);
  });
  it('"gehört zu" asks whether the element is a rare earth', () => {
    expect(lead('Gehört Yttrium zu den Seltenen Erden?', 'de')).toMatch(/^Ja — Yttrium \(Y, 39\) ist eines der 17 Seltenerdelemente/);
  });
});

describe('an element asked for by what the question says of its use ("which rare earth …", "welches Element …")', () => {
  it('the element whose uses hold most of the question’s words, named first', () => {
    expect(lead('Which rare earth is used in the lenses of cameras?', 'en')).toMatch(/^Lanthanum \(La\) is used for: optical and camera-lens glass/);
    expect(lead('Welches Element färbt Glas und Keramik?', 'de')).toMatch(/^Praseodym \(Pr\) wird verwendet für: Färben von Glas und Keramik/);
  });
  it('not the element the question names as the reference', () => {
    expect(lead('Welches Element setzt man NdFeB-Magneten für mehr Hitzebeständigkeit zu?', 'de')).toMatch(/^Terbium \(Tb\)/);
  });
  it('a compound sharing its last part with a use ("Bildschirmen")', () => {
    expect(lead('Welche Seltene Erde steckt in Fernsehbildschirmen?', 'de')).toMatch(/Europium \(Eu\)/);
  });
  it('a class or price asked with one word of a use stays that question', () => {
    expect(lead('Which rare earths are heavy?', 'en')).toMatch(/heavy rare earths \(USGS convention\)/);
  });
});

describe('a day that several records name in their texts ("what ends on 10 November 2026?")', () => {
  it('each record’s clause, not the scope note', () => {
    const reply = ask('What expires on 10 November 2026?', 'en');
    expect(reply.split('\n')[0]).toMatch(/^Until 10 Nov 2026: .*10 November 2026/);
    expect(reply).toMatch(/Section 301 exclusions were extended to 10 November 2026/);
    expect(reply).toMatch(/Announcement No\. 70/);
  });
});

describe('when, who or where asked of a country alone ("what day did Trump arrive in Japan?")', () => {
  it('the country’s own event holding the question’s words, not its figures', () => {
    expect(lead('What day did Trump get to Japan?', 'en')).toMatch(/^27 Oct 2025: Trump arrives in Tokyo/);
    expect(lead('Who is the prime minister of Japan?', 'en')).toMatch(/^Sanae Takaichi/);
  });
});

describe('an element’s note with numbers of another year than the one asked', () => {
  it('is a neighbouring figure: the "no figure" stands alone', () => {
    const reply = ask('How much yttrium did Myanmar produce in 2023?', 'en');
    expect(reply).toMatch(/^The dataset has no figure for that/);
    expect(reply).not.toMatch(/\d{1,3},\d{3}(–\d{1,3},\d{3})? t/);
  });
});

describe('people of the seed article’s videos, from the source’s note', () => {
  it('who reported on the trade talks', () => {
    expect(lead('Which ZDF correspondent reported on the trade talks?', 'en')).toMatch(/Elmar Theveßen reports on the trade talks/);
    expect(lead('Who is Luisa Houben?', 'en')).toMatch(/Luisa Houben explains/);
  });
});
