// Answer classes of the offline question path (issue 10), tenth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('an event named by its place and one of the people who met there ("back in Busan, what did Trump …")', () => {
  it('is that event, as its name would be, while a place alone stays off the beat', () => {
    expect(lead('Back in Busan, what did Trump promise about the overall tariff on Chinese goods?', 'en')).toMatch(/57% to 47%/);
    expect(lead('In Busan, was hat Trump über den Gesamtzoll auf chinesische Waren angekündigt?', 'de')).toMatch(/57 % auf 47 %/);
    expect(lead("What's the weather like in Busan today?", 'en')).toMatch(/^Sorry, that is outside/);
  });
});

describe('"no figure" from a word of a topic without figures, asked about what an event’s record says', () => {
  it('answers from the clause of the record holding the question’s other words', () => {
    expect(lead('Under the Tokyo framework, how quickly should the first selected projects be financed?', 'en')).toMatch(/within six months/);
    // A number asked stays "no figure".
    expect(lead('How many tonnes of antimony did China export to the US after the suspension?', 'en')).toMatch(/^The dataset has no figure/);
  });
});

describe('an event pinned by its day, asked with its place ("What did Beijing decide on 9 November …")', () => {
  it('counts the record’s title and place as its words', () => {
    expect(lead('What did Beijing do on 9 November about antimony?', 'en')).toMatch(/^China suspends its ban on gallium/);
  });
});
