// Answer classes of the offline question path (issue 10), thirty-eighth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('"one" after a determiner is a pronoun ("the one in …"), not a number claimed', () => {
  it('settles the claim by its words', () => {
    expect(lead("Gadolinium, that's the one in MRI contrast agents, right?", 'en')).toMatch(/^Yes — /);
    expect(lead('Is neodymium the one used in permanent magnets?', 'en')).toMatch(/^Yes — /);
  });
  it('while "only one" still claims the number', () => {
    // Guard.
    expect(lead('Did the April 2025 controls cover only one element?', 'en')).toMatch(/^No — /);
  });
});

describe('"a thousand tonnes" claimed without a number before the scale ("mehr als tausend Tonnen")', () => {
  it('compares with 1,000 t, in tonnes against a figure in kilograms', () => {
    expect(lead('Hat China 2025 mehr als tausend Tonnen Gallium gefördert?', 'de')).toMatch(/^Nein — China — Bergwerksförderung \(Gallium\) 2025: 900\.000 kg/);
    expect(lead('Did China mine more than thousand tonnes of gallium in 2025?', 'en')).toMatch(/^No — /);
  });
  it('while "Millionen Tonnen" alone claims no figure', () => {
    // Guard: "millions of tonnes" is no bound.
    expect(lead('Hat Brasilien Millionen Tonnen Seltenerdreserven?', 'de')).not.toMatch(/^Nein/);
  });
});

describe('an element\'s control asked in the month of a suspension ("after the suspension in November 2025")', () => {
  it('is the element\'s state, not whether the suspension lists it', () => {
    expect(lead('Blieb die Genehmigungspflicht für Terbium nach der Aussetzung im November 2025 bestehen?', 'de')).toMatch(/^Ja — Terbium fällt unter/);
  });
  it('reads "galt … weiter" as a state asked, not a day the April measure missed', () => {
    expect(lead('Galt die Genehmigungspflicht für Terbium nach der Aussetzung im November 2025 weiter?', 'de')).toMatch(/^Ja — Terbium fällt unter/);
  });
});

describe('"beigewohnt" as presence at an act', () => {
  it('counts a witness as present', () => {
    expect(lead('Hat Anwar Ibrahim der Unterzeichnung der Erklärung von Thailand und Kambodscha beigewohnt?', 'de')).toMatch(/^Ja — /);
  });
});

describe('days offered to choose from ("the 29th or the 30th?", "am 26. oder 27. Oktober?")', () => {
  it('gives the day the event took place, not a yes or no', () => {
    expect(lead('Trump and Xi sat down in Busan on October 29 or 30?', 'en')).toMatch(/^30 Oct 2025: Trump–Xi meeting in Busan/);
    expect(lead('Wurde Takaichi am 21. oder am 24. Oktober gewählt?', 'de')).toMatch(/^21\. Okt\. 2025: Sanae Takaichi/);
  });
  it('reads commas and weekdays between the days offered', () => {
    expect(lead('Trump und Xi in Busan: Mittwoch, der 29., oder Donnerstag, der 30. Oktober?', 'de')).toMatch(/^30\. Okt\. 2025: Treffen von Trump und Xi/);
  });
  it('says no "neither" on the strength of the event its other words find', () => {
    // Guard: the licensing day of No. 57 inside another record is no day of the October controls.
    expect(lead('Kamen die Oktober-Kontrollen am 8. oder am 10. Oktober?', 'de')).not.toMatch(/^Weder noch/);
  });
  it('leaves a single day claimed to the date check', () => {
    // Guard.
    expect(lead('Was Takaichi elected on 24 October?', 'en')).toMatch(/^No — /);
  });
});

describe('a country named by its noun as well as its adjective', () => {
  it('is not dropped with the adjective beside an event', () => {
    expect(lead('Canadian vs Russian nickel mining in 2024: was Canada ahead?', 'en')).toMatch(/^No — Mine production \(Nickel\): Canada 190,000 t[^\n]*Russia 210,000 t/);
  });
});

describe('a comparison whose other side is the country its context names', () => {
  it('takes that country when the question points back at it or names only what it is compared against', () => {
    expect(lead('Cuba is known for cobalt. Does it have larger reserves than Canada?', 'en')).toMatch(/^Yes — Reserves \(Cobalt\): Cuba 500,000 t[^\n]*Canada 220,000 t/);
    expect(lead("A guest raved about Cuba's cobalt reserves. Bigger than Canada's?", 'en')).toMatch(/^Reserves \(Cobalt\): Cuba 500,000 t[^\n]*Canada 220,000 t/);
  });
});

describe('a comparison asked of one subject with nothing to compare it with', () => {
  it('gets the figure, not a "yes" from the figure\'s existence', () => {
    expect(lead('Australia mines a lot of lithium. Is Chile\'s output bigger?', 'en')).toMatch(/^Chile — mine production of lithium in 2025: 56,000 t/);
  });
  it('while a figure claimed, a time or an edition compared with is still settled', () => {
    // Guards: "smaller now" compares with the earlier edition.
    expect(lead("Is Vietnam's rare-earth reserve smaller now?", 'en')).toMatch(/^Yes — /);
    expect(lead('Is Chile\'s lithium output bigger than 50,000 tonnes?', 'en')).toMatch(/^Yes — Chile/);
  });
});

describe('an element asked by its use', () => {
  it('does not read the element\'s own name in its uses as the use asked ("scans" is no "scandium")', () => {
    expect(lead('Hospital MRI scans with a contrast dye: which rare earth is in it?', 'en')).toMatch(/^Gadolinium \(Gd\) is used for: MRI contrast agents/);
  });
  it('takes a three-letter acronym as written ("PET"), not a three-letter word', () => {
    expect(lead('Which rare earth ends up in PET machines?', 'en')).toMatch(/^Lutetium \(Lu\)/);
    // Guard: "sie" is no use.
    expect(lead('Ankündigung Nr. 57 aus Peking: Welche Elemente betraf sie?', 'de')).not.toMatch(/verwendet für/);
  });
});

describe('a measure asked as still holding "after the suspension" of another', () => {
  it('is yes for a measure the suspension did not touch', () => {
    expect(lead('Are the seven April-controlled rare earths still under licence after the suspension?', 'en')).toMatch(/^Yes — /);
    expect(lead('Sind die sieben Elemente vom April nach der Aussetzung weiter lizenzpflichtig?', 'de')).toMatch(/^Ja — /);
  });
  it('while its own suspension asked is still no', () => {
    // Guard.
    expect(lead('Are the April controls still suspended?', 'en')).toMatch(/^No — /);
  });
});

describe('days offered for an event with dated parts inside it', () => {
  it('give the event\'s own date, not a part\'s', () => {
    expect(lead('Erschienen die Exportkontrollen vom Oktober am 8. oder am 9. Oktober?', 'de')).toMatch(/^9\. Okt\. 2025: China weitet/);
  });
});
