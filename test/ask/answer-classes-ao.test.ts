// Answer classes of the offline question path (issue 10), forty-first part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { ask, lead } = offlineAsker(dataset);

describe('records signed at one gathering, counted by the gathering named', () => {
  it('counts every record of its kind held there, not the one whose alias names the gathering', () => {
    expect(lead('How many MoUs did Trump put his name to at the 47th ASEAN summit?', 'en'))
      .toMatch(/^2: 26 Oct 2025: US–Malaysia .*US–Thailand MoU/);
    // The genitive of the gathering's name names it as the name does.
    expect(lead('Wie viele Absichtserklärungen hat Trump am Rande des ASEAN-Gipfels unterzeichnet?', 'de'))
      .toMatch(/^2: 26\. Okt\. 2025: Handelsabkommen und Absichtserklärung .*Malaysia.*Thailands/);
  });
});

describe('an act or agreement asked as run out, whose record gives it no end', () => {
  it('says the dataset records no end for it, not a yes read off the day it took effect', () => {
    expect(lead('Has the fentanyl tariff cut run out by now?', 'en')).toMatch(/^The dataset \(as of .*\) records no end for it: US tariff cut/);
    expect(lead('Ist die Absichtserklärung mit Thailand inzwischen ausgelaufen?', 'de'))
      .toMatch(/^Ein Ende verzeichnet der Datensatz \(Stand .*\) dafür nicht: Absichtserklärung der USA und Thailands/);
  });
  it('nor a later day its texts announce of something else', () => {
    // The framework's record names fireworks for 4 July 2026, no end of the framework.
    expect(lead('Has the US–Japan framework lapsed?', 'en')).toMatch(/^The dataset \(as of .*\) records no end for it: US–Japan framework/);
  });
  it('while "over" before a number is still a bound, not a running out', () => {
    // Guard: a country names no act asked as over.
    expect(lead('China mined over 200,000 tonnes of rare earths in 2024, didn\'t it?', 'en')).toMatch(/^Yes — China — mine production of rare earths in 2024: 270,000 t/);
  });
});

describe('a commodity the dataset holds no figures for, beside a figure asked yes-or-no ("do you have it?")', () => {
  it('says the dataset has no figure for it, not the rare-earth figure of the country', () => {
    expect(lead('antimony: China\'s antimony mine output for 2024, do you have that?', 'en')).toMatch(/^The dataset has no figure for that \(antimony\)\./);
    expect(lead('Do you cover antimony? How much does China produce?', 'en')).toMatch(/^The dataset has no figure for that \(antimony\)\./);
    expect(lead('Führt ihr Antimon? Wie viel fördert China?', 'de')).toMatch(/^Dazu hat der Datensatz keine Zahl \(Antimon\)\./);
  });
  it('names the commodity once, however often the question does', () => {
    expect(lead('copper: Chile\'s copper mine output in 2024, is that in there?', 'en')).toMatch(/^The dataset has no figure for that \(copper\)\./);
  });
  it('while a yes/no about the record that names the commodity is still about that record', () => {
    // Guard: the ban's record holds "ban" and "export" besides antimony.
    expect(lead('Did China suspend the antimony export ban?', 'en')).toMatch(/^Yes — China suspends its ban on gallium, germanium and antimony/);
  });
});

describe('a plan asked as having happened: a deadline in its record, or a day after the record asked', () => {
  it('gives the plan without a yes, and says the record cannot tell whether it happened', () => {
    const [first, second] = ask('Did the minerals ministerial between Japan and the US happen?', 'en').split('\n').filter((l) => l.trim());
    expect(first).toMatch(/^US–Japan framework on critical minerals and rare earths \(28 Oct 2025\): a bilateral Mining, Minerals and Metals Investment Ministerial within 180 days/);
    expect(second).toMatch(/^The record holds this as planned; whether it happened, the dataset \(as of .*\) does not record\./);
    expect(lead('Did the Akita fireworks on 4 July 2026 go ahead?', 'en')).toMatch(/^4 Jul 2026: Takaichi also announced/);
  });
  it('while a plan announced or mentioned is settled by its record, and a plan of "would" gets no note', () => {
    // Guards (review of the change): what Albanese announced is recorded; the tariff cut's outcome is.
    expect(lead('Did Albanese announce US$1 billion from each side?', 'en')).toMatch(/^Yes — /);
    expect(lead('Hat Albanese 1 Mrd. US-Dollar binnen sechs Monaten angekündigt?', 'de')).toMatch(/^Ja — /);
    expect(ask('Did the overall tariff on China fall from 57% to 47%?', 'en')).not.toMatch(/The record holds this as planned/);
  });
  it('while a day after the record asked as an end is still the end recorded', () => {
    // Guard: "until 10 November 2026" is the suspension's end, stated by a record of what was done.
    expect(lead('Did China suspend the October controls until 10 November 2026?', 'en')).toMatch(/^Yes — suspended until 10 Nov 2026/);
  });
});

describe('a span of time claimed that the sources give differently (1 hour 40 minutes or "nearly two hours")', () => {
  it('leads with the dispute, not a "No" off one source\'s span', () => {
    expect(lead('Busan: did Trump and Xi talk for roughly two hours?', 'en')).toMatch(/^Sources differ: The meeting lasted 1 hour 40 minutes \(CNBC\) or "nearly two hours" \(Reuters\)\./);
    expect(lead('Haben Trump und Xi in Busan rund zwei Stunden verhandelt?', 'de')).toMatch(/^Die Quellen weichen ab: Das Treffen dauerte 1 Stunde 40 Minuten/);
  });
  it('while a span no source bears out is still no', () => {
    // Guard: four hours is neither source's span.
    expect(lead('Did Trump and Xi talk for more than four hours?', 'en')).toMatch(/^No — /);
  });
});

describe('an element asked for by a use that several elements\' uses share only in part ("aluminium alloys for aircraft")', () => {
  it('names the element whose use holds the first part of the compound too, German and English', () => {
    expect(lead('Welches Seltenerdelement steckt in Aluminiumlegierungen im Flugzeugbau?', 'de')).toMatch(/^Seltene Erden für Aluminium-Scandium-Legierungen .*: Scandium \(Sc\)\.$/);
    expect(lead('Welche Seltene Erde kommt in Aluminiumlegierungen für die Luftfahrt?', 'de')).toMatch(/^Scandium \(Sc\) wird verwendet für: Aluminium-Scandium-Legierungen/);
  });
  it('lists elements that tie each with its own use, not under one element\'s use', () => {
    expect(lead('Which rare earth goes into aluminium alloys for aircraft?', 'en'))
      .toMatch(/^Rare earths with a use matching the question: Scandium \(Sc\) — aluminium–scandium alloys .*; Praseodymium \(Pr\) — magnesium alloys for aircraft engines\.$/);
  });
  it('while a use every element listed holds is still one heading', () => {
    // Guard: "magnets" is a use of each element named.
    expect(lead('Which rare earths are used in permanent magnets?', 'en')).toMatch(/^Rare earths used for permanent magnets/);
  });
});

describe('a yes/no about a detail the sources give differently, which no sentence of the answer settles', () => {
  it('leads with the dispute ("removed" per MOFCOM, "from 20% to 10%" per Trump)', () => {
    expect(lead('Did the US remove the fentanyl tariff?', 'en')).toMatch(/^Sources differ: MOFCOM says the US will "remove the 10-percent so-called fentanyl tariffs"; Trump says/);
    // A German plural of a hyphenated name ("Fentanyl-Zölle" of "Fentanyl-Zoll") names the record as the singular does.
    expect(lead('Hat Washington die Fentanyl-Zölle komplett gestrichen?', 'de')).toMatch(/^Die Quellen weichen ab: MOFCOM zufolge streichen die USA/);
  });
  it('while what someone said is still settled by the record', () => {
    // Guard: Trump's own words are recorded.
    expect(lead('Did Trump say the fentanyl tariff would go from 20% to 10%?', 'en')).toMatch(/^Yes — /);
  });
});

describe('a number claimed as approximate ("rund 70 %", "ca. 70 %") against the figure stated', () => {
  it('holds within a twentieth of it', () => {
    expect(lead('Liegt Chinas Anteil an der Förderung bei ca. 70 %?', 'de')).toMatch(/^Ja — China förderte 2025 69 %/);
  });
  it('while one further off is still no', () => {
    // Guard: 69 % is not "etwa 80 %".
    expect(lead('Liegt Chinas Anteil an der Förderung bei etwa 80 %?', 'de')).toMatch(/^Nein — China förderte 2025 69 %/);
  });
});

describe('an act or agreement asked as still in force, today or on a later day named', () => {
  it('gives the day its record runs something to, and that what followed is not recorded once it has passed', () => {
    expect(lead('Does the trade truce still hold in December 2026?', 'en'))
      .toMatch(/^Its record runs until 10 Nov 2026 \(White House fact sheet on the US–China deal, 1 Nov 2025\): Section 301 exclusions were extended to 10 November 2026\. What followed, the dataset \(as of .*\) does not record\./);
    expect(lead('Gilt der Handelsfrieden im Dezember 2026 noch?', 'de')).toMatch(/^Sein Eintrag reicht bis zum 10\. Nov\. 2026 .*Was danach galt, verzeichnet der Datensatz/);
  });
  it('else that no end is recorded, of the record named (not another)', () => {
    expect(lead('Is the Malaysia MoU still in effect?', 'en')).toMatch(/^The dataset \(as of .*\) records no end for it: US–Malaysia reciprocal-trade agreement/);
  });
  it('while a figure claimed and asked as still holding is no record\'s state', () => {
    // Guard: "Seltene Erden" in a framework's title names no framework.
    expect(lead('Indien hat 2024 rund 2.900 t Seltene Erden gefördert – gilt das noch?', 'de')).toMatch(/^Ja — Indien — Bergwerksförderung/);
  });
});

describe('"like" as a filler at the end of a question ("…, like?")', () => {
  it('is neither a forecast asked ("likely") nor the content of the question', () => {
    expect(lead('Which mined more rare earths in 2025, Brazil or Australia, like?', 'en')).toMatch(/^Mine production \(Rare earths\): Brazil 2,000 t .*Australia has more\./);
    expect(lead('Me mate says Brazil dug up more rare earths last year than the year before. Is that right, like?', 'en')).toMatch(/^Yes — Brazil — mine production of rare earths: 2025 2,000 t .*more in 2025\./);
  });
  it('while a forecast asked as likely is still one the dataset does not hold', () => {
    // Guard: "likely to", "how likely" stay forecast words.
    expect(lead('Is China likely to lift the controls?', 'en')).toMatch(/^The dataset has no figure for that \(likely to\)\. The dataset records what sources reported; it holds no forecasts/);
  });
});

describe('a ranking asked as a league table or a podium', () => {
  it('is the top list', () => {
    expect(lead('Lithium reserves league table, please.', 'en')).toMatch(/^Largest reserves of lithium .*1\. Chile 9\.2 million t; 2\. Australia 8\.4 million t/);
    expect(lead('Wer steht beim Kobalt 2025 auf dem Siegertreppchen?', 'de')).toMatch(/^Größte Bergwerksförderung \(Kobalt\) .*1\. Demokratische Republik Kongo 230\.000 t/);
  });
});

describe('a German compound ending in a name\'s last word ("Fentanyl-Strafzoll" of "Fentanyl-Zoll"), and the Affiliates rule as readers call it', () => {
  it('names the record as the name does', () => {
    expect(lead('Welcher Satz galt beim Fentanyl-Strafzoll vorher und welcher danach?', 'de')).toMatch(/Fentanyl-Zoll sinke von 20 % auf 10 %/);
    expect(lead('Seit wann ist die Tochterregel ausgesetzt?', 'de')).toMatch(/^10\. Nov\. 2025: US-Zollsenkung und Aussetzung der Affiliates-Regel/);
  });
  it('while a first part naming another thing asked does not ("Galliumexportverbot" is the ban, not its suspension)', () => {
    // Guard: "Export-" is a word of its own; the suspension's alias "Gallium-Verbot" is not the ban of December 2024.
    expect(lead('Was kam früher, Chinas Galliumexportverbot gegen die USA oder die Aprilkontrollen für sieben Seltene Erden?', 'de')).not.toMatch(/danach: China setzt sein Exportverbot/);
  });
});
