// Answer classes of the offline question path (issue 10), forty-second part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';
import { findTime } from '../../src/ask/query/time.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);
const clock = new Date('2026-11-29T09:00:00Z');

describe('a span counted from something named, not from today', () => {
  it('reads "days after the signing" and "a week later" as no day of the calendar', () => {
    expect(findTime('What did Malaysia say three days after the signing in Kuala Lumpur?', dataset(), clock)).toBeUndefined();
    expect(findTime('And what happened a week later?', dataset(), clock)).toBeUndefined();
    expect(findTime('Did anything change two weeks before the summit in 2025?', dataset(), clock)?.kind).toBe('year');
  });
  it('while a span counted from now is still read against the clock', () => {
    // Guards: "ago" and "from now" count from today.
    expect(findTime('What happened ten days ago?', dataset(), clock)).toMatchObject({ kind: 'day', start: '2026-11-19', relative: true });
    expect(findTime('What is scheduled two weeks from now?', dataset(), clock)).toMatchObject({ kind: 'day', start: '2026-12-13' });
  });
});

describe('a country claimed to lie behind another', () => {
  it('answers yes when the first named has the smaller figure', () => {
    expect(lead('Burma behind Australia for rare-earth mining in 2025, true?', 'en')).toMatch(/^Yes — Mine production \(Rare earths\): Burma/);
    expect(lead('Liegt Vietnam bei den Seltenerd-Reserven hinter Russland?', 'de')).toMatch(/^Ja — Reserven \(Seltene Erden\): Vietnam/);
  });
  it('and no when it has the larger one, whatever stands between the two names', () => {
    expect(lead('Does Australia come after Burma in rare-earth mining in 2025?', 'en')).toMatch(/^No — Mine production \(Rare earths\): Australia/);
    expect(lead('Liegt Russland bei den Seltenerd-Reserven hinter Vietnam?', 'de')).toMatch(/^Nein — Reserven \(Seltene Erden\): Russland/);
  });
  it('gives no verdict when one of the two has no figure', () => {
    expect(lead('Is India behind Brazil on rare-earth reserves?', 'en')).toMatch(/^Reserves \(Rare earths\): India not available/);
  });
});

describe('German words of extraction and of mines', () => {
  it('reads "-gewinnung", "-ausbringung" and "Gruben" as mine production', () => {
    expect(lead('Kobaltgewinnung im Kongo 2025, in Tonnen?', 'de')).toMatch(/^Demokratische Republik Kongo — Bergwerksförderung \(Kobalt\) 2025: 230\.000 t/);
    expect(lead('Wie viel Lithium kam 2025 aus australischen Gruben?', 'de')).toMatch(/^Australien — Bergwerksförderung \(Lithium\) 2025:/);
  });
  it('while the hardship of extraction and a company\'s profit keep their answers', () => {
    expect(lead('Warum ist die Gewinnung von Seltenen Erden so aufwändig?', 'de')).toMatch(/Verfahren sind komplex/);
    expect(lead('Wie viel Gewinn hat Lynas zuletzt erzielt?', 'de')).toMatch(/^Dazu hat der Datensatz keine Zahl/);
  });
});
