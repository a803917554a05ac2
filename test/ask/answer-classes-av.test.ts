// Answer classes of the offline question path (issue 10), forty-eighth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('a figure spelled out above a hundred', () => {
  it('is the bound it states, in English', () => {
    // Was "Yes": "thousand" alone was read as a bound of 1,000 t.
    expect(lead('Did world cobalt mining in 2025 exceed five hundred thousand tonnes?', 'en')).toMatch(/^No — /);
    expect(lead('Did world cobalt mining in 2025 exceed two hundred and fifty thousand tonnes?', 'en')).toMatch(/^Yes — /);
  });
  it('is the bound it states when German writes it as one word', () => {
    expect(lead('Förderte die Welt 2025 mehr als fünfhunderttausend Tonnen Kobalt?', 'de')).toMatch(/^Nein — /);
    expect(lead('Förderte die Welt 2025 mehr als zweihundertfünfzigtausend Tonnen Kobalt?', 'de')).toMatch(/^Ja — /);
  });
  it('reads scales mixed in one figure as one number', () => {
    expect(lead('Did India mine more than two thousand eight hundred tonnes of rare earths in 2025?', 'en')).toMatch(/^Yes — /);
    expect(lead('Did India mine more than three thousand one hundred tonnes of rare earths in 2025?', 'en')).toMatch(/^No — /);
    expect(lead('Haben die USA Reserven von einer Million neunhunderttausend Tonnen Seltener Erden?', 'de')).toMatch(/^Ja — /);
  });
  it('reads a spelled price as the figure it states', () => {
    expect(lead('Was germanium metal priced at two thousand one hundred dollars per kilogram in 2024?', 'en')).toMatch(/^Yes — /);
  });
  it('leaves a bare thousand to the bound it was', () => {
    // Guard: "tausend" alone is read as before.
    expect(lead('Förderte Vietnam 2025 mehr als tausend Tonnen Seltene Erden?', 'de')).toMatch(/^Nein — .*150 t/);
  });
});

describe('a bound put as a mark', () => {
  it('leaves the noun of a mark with no bound a word of the question', () => {
    // Guard: "threshold" asks the clause that states one.
    expect(lead("What is the 0.1% threshold in China's rules?", 'en')).toMatch(/No\. 61/);
  });
  it('bounds the figure as the bounding word alone does', () => {
    expect(lead('Ging die weltweite Kobaltförderung 2025 über die Marke von 350.000 Tonnen hinaus?', 'de')).toMatch(/^Nein — /);
    expect(lead('Was 2025 world cobalt output above the 250,000-tonne threshold?', 'en')).toMatch(/^Yes — /);
    expect(lead('Blieb die Kobaltförderung der Welt 2025 unter der Grenze von 350.000 Tonnen?', 'de')).toMatch(/^Ja — /);
  });
});

describe('a modal particle in a closing question', () => {
  it('leaves the claim before it to be checked', () => {
    expect(lead('Mein Nachbar sagt, die USA hätten 2024 mehr Nickel gefördert als im Jahr davor. Stimmt das wohl?', 'de')).toMatch(/^Nein — /);
  });
});

describe('the last of a ranking put as an idiom', () => {
  it('is the smallest', () => {
    expect(lead('Which lithium producer brought up the rear in 2025?', 'en')).toMatch(/^Smallest /);
  });
});

describe('a day a measure set for a clause, overtaken by a suspension', () => {
  it('is given as the day set, with the suspension before it', () => {
    expect(lead('When did the licensing for erbium start?', 'en')).toMatch(/^8 Nov 2025 \(the day set; suspended on 7 Nov 2025, before it took effect, until 10 Nov 2026\): /);
    expect(lead('What took effect on 1 December 2025?', 'en')).toMatch(/^1 Dec 2025 \(the day set; suspended on 7 Nov 2025/);
    expect(lead('Was geschah am 1. Dezember 2025?', 'de')).toMatch(/^1\. Dez\. 2025 \(vorgesehen; schon am 7\. Nov\. 2025 vor dem Inkrafttreten ausgesetzt, bis 10\. Nov\. 2026\): /);
  });
  it('leaves the record its own day when no taking effect is asked', () => {
    // Guard: the day the measure was announced.
    expect(lead('On what day did Beijing widen its controls to five more rare earths?', 'en')).toMatch(/^9 Oct 2025: /);
  });
  it('leaves a measure no suspension overtook as it was', () => {
    // Guard.
    expect(lead('When did the April controls take effect?', 'en')).toMatch(/^4 Apr 2025: /);
  });
});

describe('a measure asked as suspended before or after another event', () => {
  it('is ordered by the day of the record suspending it', () => {
    // Was "No" off the measure's own day (9 October) against the Busan meeting (30 October).
    expect(lead('Did Beijing suspend the October controls after the Trump-Xi meeting?', 'en')).toMatch(/^Yes — first: Trump–Xi meeting in Busan \(30 Oct 2025\); then: China suspends/);
    expect(lead('Hat Peking die Oktober-Kontrollen noch vor dem Treffen in Busan ausgesetzt?', 'de')).toMatch(/^Nein — zuerst: Treffen von Trump und Xi/);
  });
  it('keeps the measure\'s own day when no suspending is asked', () => {
    // Guard.
    expect(lead('Were the October controls before the Trump-Xi meeting?', 'en')).toMatch(/^Yes — first: China widens its export controls/);
  });
});

describe('which rare earths, asked with a day or month', () => {
  it('is no use: the words of a use do not answer it', () => {
    // Was "Rare earths used for added …: Dysprosium", off a use that holds "added".
    expect(lead('Which rare earths did Beijing add on 9 October 2025?', 'en')).not.toMatch(/Dysprosium|used for/);
    expect(lead('Which rare earths got added in October 2025?', 'en')).not.toMatch(/^Dysprosium|used for/);
  });
  it('keeps a use asked beside the time', () => {
    expect(lead('Which rare earth added on 9 October goes into fibre-optic amplifiers?', 'en')).toMatch(/^Erbium\b/);
  });
  it('keeps the uses asked with no time', () => {
    // Guard.
    expect(lead('Which rare earths go into neutron absorbers?', 'en')).toMatch(/Gadolinium|Europium|Dysprosium|Samarium/);
  });
});

describe('a place after "am" or "beim"', () => {
  it('is the place asked, checked against the record of the deed', () => {
    // Was "Ja" off the record of the order, which puts it in Gyeongju.
    expect(lead('Hat Trump den Mugunghwa-Orden beim Flughafen Gimhae erhalten?', 'de')).not.toMatch(/^Ja\b/);
    expect(lead('Hat Trump den Mugunghwa-Orden am Flughafen Gimhae erhalten?', 'de')).toMatch(/Nationalmuseum Gyeongju/);
  });
  it('keeps the yes where the record puts the deed', () => {
    // Guard.
    expect(lead('Haben sich Trump und Xi beim Luftwaffenstützpunkt Gimhae getroffen?', 'de')).toMatch(/^Ja — /);
  });
});

describe('a greeting opening the message', () => {
  it('asks nothing the dataset must hold', () => {
    // Was "no figure (prices: Hey dysprosium)".
    expect(lead('Hey, what does terbium oxide cost?', 'en')).toMatch(/terbium oxide 810/);
    expect(lead('Hallo, weißt du, was Dysprosiumoxid kostet?', 'de')).toMatch(/Dysprosiumoxid 260/);
  });
});

describe('a country asked as a source of US imports', () => {
  it('is read off the import sources, not the list of the dataset\'s sources', () => {
    // Was "Sources (44)", and "no figure (imports)" for a share claimed.
    expect(lead('Is Estonia a source of US rare earth imports?', 'en')).toMatch(/^Yes — US import sources/);
    expect(lead('Does Japan supply 20% of US rare earth imports?', 'en')).toMatch(/^No — US import sources/);
  });
});

describe('"one of" a set', () => {
  it('claims no number one', () => {
    // Were "No": "one" read as the figure 1 or the first place.
    expect(lead('Is Malaysia one of the sources of US rare earth imports?', 'en')).toMatch(/^Yes — /);
    expect(lead('Is Australia one of the biggest holders of rare-earth reserves?', 'en')).not.toMatch(/^No\b/);
  });
  it('still says no to a country outside the group asked', () => {
    // Guard.
    expect(lead('Is Vietnam one of the top three holders of rare-earth reserves?', 'en')).toMatch(/^No — /);
  });
});

describe('a plan or threat asked of something undone later', () => {
  it('was one: no "no" off the undoing', () => {
    // Was "No — … the planned 100% tariff was dropped".
    expect(lead('Was a 100% tariff on China threatened?', 'en')).toMatch(/^Yes — .*planned 100% tariff was dropped/);
    expect(lead('Wurde ein 100-Prozent-Zoll angedroht?', 'de')).toMatch(/^Ja — /);
  });
  it('still says no to the thing undone asked as done', () => {
    // Guard.
    expect(lead('Was a 100% tariff on China imposed?', 'en')).toMatch(/^No — /);
  });
});
