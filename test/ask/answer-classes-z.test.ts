// Answer classes of the offline question path (issue 10), twenty-sixth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('a relative year beside a word of order ("ranking last year\'s miners", "letztes Jahr")', () => {
  it('ranks from the top: "last" belongs to the year', () => {
    expect(lead("Ranking last year's rare earth miners: who is in fourth place?", 'en')).toMatch(/^Burma \(Myanmar\) ranks fourth .*22,000 t/);
    expect(lead("Ranking last year's lithium producers, who came third?", 'en')).not.toMatch(/^Smallest/);
  });
  it('while "ranks last" still reads the ranking from the bottom', () => {
    expect(lead('Which country ranks last in rare earth reserves?', 'en')).toMatch(/^Smallest reserves/);
  });
});

describe('a place in a ranking asked after a sentence naming the leader ("Indonesia leads … Which country is second?")', () => {
  it('answers the place asked, not the country of the sentence before', () => {
    expect(lead('Indonesia leads on nickel reserves. Which country trails it in second?', 'en')).toMatch(/^Australia ranks second .*24 million t/);
    expect(lead('China leads on rare-earth reserves. Which country is second?', 'en')).toMatch(/^Brazil ranks second/);
    expect(lead('China führt bei den Reserven. Welches Land liegt auf Platz zwei?', 'de')).toMatch(/: Brasilien mit 11 Mio\. t/);
    expect(lead('China is the top miner, I know. Which country was third in rare earth mine production last year?', 'en')).toMatch(/^Australia ranks third/);
    expect(lead('Kongo ist bei Kobalt klar vorn. Wer lag 2025 bei der Bergwerksförderung auf Platz zwei?', 'de')).toMatch(/^Platz 2 .*: Indonesien mit 44\.000 t/);
  });
  it('while a question with no place asked still takes its country from the sentence before', () => {
    expect(lead('Writing about Indonesia. How large are its nickel reserves?', 'en')).toMatch(/^Indonesia — reserves of nickel: 55 million t/);
  });
});

describe('a quantity of an element asked for a measure its texts do not state ("a 5 MW turbine")', () => {
  it('is not in the dataset: the note gives a 2 MW turbine', () => {
    expect(lead('Wie viel Neodym steckt in einer 5-MW-Turbine?', 'de')).toMatch(/^Dazu enthält der Datensatz keine Zahl/);
    expect(lead('How much dysprosium is in a 3 MW wind turbine?', 'en')).toMatch(/^The dataset has no figure/);
  });
  it('while the measure the note states is answered with its figure', () => {
    expect(lead('How much dysprosium does a 2 MW turbine use?', 'en')).toMatch(/60 kg/);
    expect(lead('Wie viel Neodym steckt in einer 2-MW-Turbine?', 'de')).toMatch(/372 kg/);
    expect(lead('How much did neodymium oxide cost in 2024, 56 dollars?', 'en')).toMatch(/neodymium oxide 56/);
  });
});

describe('prices of two elements asked "for each" or as a "Preisvergleich"', () => {
  it('gives both prices', () => {
    expect(lead('Europium oxide and terbium oxide: 2024 price per kg for each?', 'en')).toMatch(/terbium oxide 810, europium oxide 27/);
    expect(lead('Ceroxid und Europiumoxid 2024 im Preisvergleich, je Kilo?', 'de')).toMatch(/Europiumoxid 27, Ceroxid 1/);
  });
});

describe('an amount of money asked of an event ("How many dollars …", "finanziell vereinbart")', () => {
  it('leads with the clause of its record stating a sum', () => {
    expect(lead('Was haben Trump und Albanese finanziell vereinbart?', 'de')).toMatch(/^Rahmenabkommen zwischen den USA und Australien .*: Laut Albanese .*1 Mrd\. US-Dollar/);
    expect(lead('How much money did the US and Australia commit under their framework?', 'en')).toMatch(/\(20 Oct 2025\): According to Albanese .*US\$1 billion/);
    expect(lead("Tokyo's 'golden age' agreement reaffirmed July's investment pledge. How many dollars is Japan committing?", 'en')).toMatch(/^US–Japan framework .*\$550 billion/);
  });
  it('while what was agreed, asked with no word of money, leads with the terms', () => {
    expect(lead('Was haben Trump und Albanese vereinbart?', 'de')).not.toMatch(/^Rahmenabkommen zwischen den USA und Australien .*: Laut Albanese/);
  });
});

describe('a word asking an attribute that a venue\'s name also holds ("after the Xi summit")', () => {
  it('names no stop of a trip: the measure the question names answers', () => {
    expect(lead('The 50% Affiliates rule: scrapped, paused or kept after the Xi summit?', 'en')).toMatch(/^US tariff cut and Affiliates-rule suspension take effect/);
  });
  it('while a stop named by its place still orders the trip', () => {
    expect(lead('Where did Trump go after his stop in Tokyo?', 'en')).toMatch(/Gyeongju/);
  });
});

describe('a sentence undoing what a yes/no question asks ("dropped", "denied in principle")', () => {
  it('says no', () => {
    expect(lead('Was a 100% tariff on China imposed?', 'en')).toMatch(/^No — .*the planned 100% tariff was dropped/);
    // Another form of the verb undoing it asks the undoing itself; German "entfielen" also means "accounted for".
    expect(lead('Did the US give up the planned 100% tariff?', 'en')).not.toMatch(/^No — /);
    expect(lead('Did the US drop the planned 100% tariff?', 'en')).not.toMatch(/^No — /);
    expect(lead('Produzierte China 2022 180 t Germanium?', 'de')).toMatch(/^Ja — /);
    expect(lead('Are military end users allowed under No. 61?', 'en')).toMatch(/^No — .*military end users denied in principle/);
    expect(lead('Wurde ein 100-%-Zoll auf China verhängt?', 'de')).toMatch(/^Nein — Faktenblatt des Weißen Hauses .*Zoll von 100 % entfiel/);
  });
  it('while a question asking the undoing itself is yes', () => {
    expect(lead('Was the 100% tariff dropped?', 'en')).toMatch(/^Yes — .*the planned 100% tariff was dropped/);
    expect(lead('Were military end users denied under No. 61?', 'en')).toMatch(/^Yes — /);
  });
});

describe('a percentage the question names ("the 100% tariff")', () => {
  it('points at the event whose record states it, not at the one a word of its names', () => {
    expect(lead('What happened to the 100% tariff?', 'en')).toMatch(/^White House fact sheet .*100% tariff was dropped/);
    expect(lead('Was wurde aus dem angedrohten 100-Prozent-Zoll auf chinesische Waren?', 'de')).toMatch(/^Faktenblatt des Weißen Hauses .*Zoll von 100 % entfiel/);
  });
  it('while a percentage the named event states keeps it', () => {
    expect(lead('What happened to the 50% Affiliates rule?', 'en')).toMatch(/^US tariff cut and Affiliates-rule suspension/);
  });
});

describe('a day claimed for a meeting of two people named, on which another event of one of them fell', () => {
  it('is no, with the day of their own meeting', () => {
    expect(lead('Did Trump and Xi meet on Wednesday, 29 October?', 'en')).toMatch(/^No — 30 Oct 2025: Trump–Xi meeting in Busan/);
    expect(lead('Trafen sich Trump und Xi am Mittwoch, dem 29. Oktober?', 'de')).toMatch(/^Nein — 30\. Okt\. 2025: Treffen von Trump und Xi/);
  });
  it('while their day is yes, and a measure of the day the question names is what it dates', () => {
    expect(lead('Did Trump and Xi meet on 30 October?', 'en')).toMatch(/^Yes — /);
    expect(lead('Was the suspension Xi Jinping agreed to announced on 7 November?', 'en')).not.toMatch(/^No — /);
    expect(lead('Did China suspend the controls agreed by Trump and Xi on 7 November?', 'en')).not.toMatch(/^No — /);
  });
});

describe('a day within an event of several days, claimed for a part whose clause states another day', () => {
  it('is no, with the clause', () => {
    expect(lead('Was the Gyeongju Declaration adopted on 31 October?', 'en')).toMatch(/^No — .*adopted on 1 November/);
  });
  it('while the day the clause states, and a day of the event asked of the event itself, are yes', () => {
    expect(lead('Was the Gyeongju Declaration adopted on 1 November?', 'en')).toMatch(/^Yes — /);
    expect(lead('Did the APEC leaders meet on 31 October?', 'en')).toMatch(/^Yes — /);
    // A span the clause states ("from 27 October to 1 November") holds the days between.
    expect(lead('Did APEC week run on 31 October?', 'en')).not.toMatch(/^No — /);
  });
});

describe('a negated claim of an element\'s export controls ("Is it true that China does not restrict dysprosium?")', () => {
  it('judges the negation inside a statement asked as true', () => {
    expect(lead('Is it true that China does not restrict dysprosium exports?', 'en')).toMatch(/^No — Dysprosium is covered/);
    expect(lead('Stimmt es, dass China Dysprosium nicht kontrolliert?', 'de')).toMatch(/^Nein — Dysprosium fällt unter/);
  });
  it('while a negated question asks the fact itself (German "Doch")', () => {
    expect(lead('Kontrolliert China Dysprosium etwa nicht?', 'de')).toMatch(/^Doch — /);
    expect(lead('Is it true that China restricts dysprosium exports?', 'en')).toMatch(/^Yes — /);
  });
});

describe('a change of a figure asked since an edition, or in a year its edition was not published', () => {
  it('measures the newest figure against the edition named after "since"', () => {
    expect(lead("Have Brazil's reserves risen since MCS 2025?", 'en')).toMatch(/^No — Brazil .*11 million t/);
    expect(lead('Sind Brasiliens Reserven seit MCS 2025 gesunken?', 'de')).toMatch(/^Ja — Brasilien .*11 Mio\. t/);
    // Since the edition a correction was made in: from the release it corrected.
    expect(lead("Have Brazil's reserves fallen since MCS 2026?", 'en')).toMatch(/^Yes — Brazil/);
  });
  it('settles a cut asked of a year only from the editions published then', () => {
    expect(lead("Did USGS cut Vietnam's reserves in 2025?", 'en')).toMatch(/^Yes — /);
    // MCS 2024 kept MCS 2023's 22 Mt; it cut Russia's 21 → 10 Mt.
    expect(lead("Did USGS cut Vietnam's reserves in 2024?", 'en')).toMatch(/^No — /);
    expect(lead("Did USGS cut Russia's reserves in 2024?", 'en')).not.toMatch(/^No — /);
    expect(lead('Hat die USGS Vietnams Reserven im Jahr 2024 gesenkt?', 'de')).not.toMatch(/^Ja — /);
  });
});

describe('a truth frame negated itself ("Stimmt es nicht, dass …", "Isn\'t it true that …")', () => {
  it('asks the fact, which German affirms with "Doch"', () => {
    expect(lead('Stimmt es nicht, dass China mehr als vierzig Millionen Tonnen Reserven hat?', 'de')).toMatch(/^Doch — China/);
    expect(lead("Isn't it true that China has 44 million tonnes of reserves?", 'en')).toMatch(/^Yes — China/);
  });
  it('while a negation after the frame is part of the claim judged', () => {
    expect(lead('Stimmt es, dass China keine 44 Mio. t Reserven hat?', 'de')).toMatch(/^Nein — China/);
  });
});

describe('a publisher\'s figure asked as right ("Did the ZDF article get Brazil\'s reserves right?")', () => {
  it('checks the claim the dataset records for that publisher against the newest USGS figure', () => {
    expect(lead("Did the ZDF article get Brazil's reserves right?", 'en')).toMatch(/^No — The ZDF\/AFP article .* gives Brazil 22 million t/);
    expect(lead("Was ZDF right about China's reserves?", 'en')).toMatch(/^Yes — The 44 million t for China/);
    expect(lead('Hat der ZDF-Artikel Brasiliens Reserven richtig angegeben?', 'de')).toMatch(/^Nein — Der ZDF\/AFP-Artikel/);
    expect(lead("Was ZDF wrong about Brazil's reserves?", 'en')).toMatch(/^Yes — The ZDF\/AFP article/);
    expect(lead('Hat sich das ZDF bei Brasiliens Reserven geirrt?', 'de')).toMatch(/^Ja — Der ZDF\/AFP-Artikel/);
  });
  it('while what a source said, or a bound, is asked of the figures', () => {
    expect(lead('I read it on ZDF: does Brazil hold more than 10 Mt of reserves?', 'en')).toMatch(/^Yes — Brazil/);
    expect(lead('Did ZDF say Vietnam had more than 20 Mt?', 'en')).not.toMatch(/The ZDF\/AFP article/);
  });
  it('and the figure restated as the publisher\'s, asked as true, against the newest USGS figure', () => {
    // USGS gives world reserves only as a bound ("more than 75 million t"): 110 Mt is neither confirmed nor
    // ruled out by it, so the figure stands without a yes (and never with one).
    expect(lead('Are global reserves at least 110 million tonnes, as the ZDF article says?', 'en')).toMatch(/^World — reserves of rare earths: more than 75 million t/);
    expect(lead('Hat Vietnam wirklich 21 Millionen Tonnen Reserven, wie ZDF schreibt?', 'de')).toMatch(/^Nein — /);
  });
  it('while a country\'s own government is no publisher named', () => {
    expect(lead('War Trump vor seinem Treffen mit Xi noch in Malaysia?', 'de')).not.toMatch(/Ressourcenangabe/);
  });
});

describe('people placed where none of the events there had them ("Did Xi sign the agreement in Tokyo?")', () => {
  it('is no, with their own meeting\'s place, or who took part at the place named', () => {
    expect(lead('Did Trump meet Lee in a Gimhae airport VIP lounge?', 'en')).toMatch(/^No — Gyeongju National Museum/);
    expect(lead('Hat Xi Jinping das Abkommen in Tokio unterschrieben?', 'de')).toMatch(/^Nein — Donald Trump, Sanae Takaichi/);
  });
  it('while a clause of when, several places, and a word that is no place say nothing of it', () => {
    expect(lead('Was Takaichi already prime minister when Trump visited the Imperial Palace?', 'en')).not.toMatch(/^No — /);
    expect(lead('Did Trump meet Lee in Gyeongju and Xi in Busan?', 'en')).not.toMatch(/^No — /);
    expect(lead('Did Xi make a state visit to South Korea?', 'en')).not.toMatch(/^No — .*Akasaka/);
  });
  it('while people placed where they were are yes', () => {
    expect(lead('Did Trump meet Xi in Busan?', 'en')).toMatch(/^Yes — /);
    expect(lead('Did Trump sign the framework in Tokyo?', 'en')).toMatch(/^Yes — /);
  });
});

describe('what was agreed at a place several events share, nobody named', () => {
  it('is asked of the event whose record states an agreement or outcome', () => {
    expect(lead('Was wurde in Gyeongju beschlossen?', 'de')).toMatch(/^32\. Treffen der APEC-Staats- und Regierungschefs .*Erklärung von Gyeongju/);
  });
});

describe('the days between two events ("How many days after the Tokyo signing did Trump meet Xi?")', () => {
  it('counts them by the calendar, earlier event first', () => {
    expect(lead('How many days after the Tokyo signing did Trump meet Xi?', 'en')).toMatch(/^2 days: US–Japan framework .*\(28 Oct 2025\) → Trump–Xi meeting in Busan \(30 Oct 2025\)/);
    expect(lead('Wie viele Tage lagen zwischen dem Abkommen in Tokio und dem Treffen in Busan?', 'de')).toMatch(/^2 Tage: /);
    expect(lead('How many days passed between the Australia framework and the Busan meeting?', 'en')).toMatch(/^10 days: /);
    // Of three events found, none named outright as a pair: no count between the wrong two.
    expect(lead('How many days after the Busan meeting did China suspend the October controls?', 'en')).not.toMatch(/^29 days/);
  });
  it('while a day counted from an event still asks that day', () => {
    expect(lead('Two days after the Tokyo signing, who did Trump meet?', 'en')).toMatch(/Xi Jinping/);
  });
});

describe('who said something, asked beside a reporting verb ("Who … said raw rare earths still can\'t be exported?")', () => {
  it('is the speaker of the clause reporting it', () => {
    expect(lead("Who on the Malaysian side said raw rare earths still can't be exported, US deal or not?", 'en')).toMatch(/: On 29 October Trade Minister Tengku Zafrul said/);
  });
  it('while who took part is still the participants', () => {
    expect(lead('Who signed the US–Malaysia MoU?', 'en')).toMatch(/^Donald Trump, Anwar Ibrahim/);
  });
});

describe('"take hold" asks a date, not a holding of reserves', () => {
  it('dates the ceasefire', () => {
    expect(lead('When did the Thai-Cambodian ceasefire take hold?', 'en')).toMatch(/^28 Jul 2025: .*ceasefire on 28 July/);
  });
});

describe('a word of a fact\'s attribute asked of agreements whose clauses hold it ("… memoranda … minimum prices?")', () => {
  it('answers with the clause of each agreement, not "no figure"', () => {
    expect(lead('Is there anything on minimum prices in the critical minerals memoranda the US signed in Kuala Lumpur?', 'en')).toMatch(/MoU .*: The MoU mentions a "pricing framework that includes price floors/);
    expect(lead('Was haben die USA mit Malaysia und Thailand in den Rohstoff-MoUs zu Preisen festgehalten?', 'de')).toMatch(/Preisrahmen mit Mindestpreisen/);
  });
  it('while a figure asked of an agreement that states none stays "no figure"', () => {
    expect(lead('How much money does the US-Japan critical minerals framework commit to projects?', 'en')).not.toMatch(/US\$8\.5 billion/);
  });
});

describe('an element asked for by a property its note states ("Which rare earth is radioactive?")', () => {
  it('is the one element whose note holds it', () => {
    expect(lead('Which rare earth is radioactive?', 'en')).toMatch(/^Promethium \(Pm\): Radioactive/);
    expect(lead('Which is the most abundant rare earth?', 'en')).toMatch(/^Cerium \(Ce\): The most abundant/);
    expect(lead('Welches ist die häufigste Seltene Erde?', 'de')).toMatch(/^Cer \(Ce\): Das häufigste Seltenerdelement/);
  });
  it('while a class asked of the groups is no property of one element', () => {
    expect(lead('Was ist der Unterschied zwischen leichten und schweren Seltenen Erden nach USGS?', 'de')).not.toMatch(/^Scandium/);
  });
});

describe('rarity asked with a word of degree ("actually rare", "rare at all")', () => {
  it('is the fact that rare earths are not really rare', () => {
    expect(lead('Are rare earths actually rare?', 'en')).toMatch(/^(?:No — )?Rare earths are not really rare/);
    expect(lead('Are rare earths rare at all?', 'en')).toMatch(/Rare earths are not really rare/);
  });
});

describe('a year in which the dataset records no event ("What happened in 2024?")', () => {
  it('says so, with the next event, rather than the scope note', () => {
    expect(lead('What happened in 2024?', 'en')).toMatch(/^The dataset records no event in 2024\./);
    expect(lead('Was geschah 2024?', 'de')).toMatch(/^Im Jahr 2024 verzeichnet der Datensatz kein Ereignis\./);
  });
});
