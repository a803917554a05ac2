// The cheap test in front of chrono-node (src/ask/query/time.ts): it may send a text to chrono that
// names no time, but must never hold back one from which chrono reads a month. Checked against
// chrono itself on the texts of chrono-texts.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import * as chrono from 'chrono-node';
import { loadDataset } from '../../src/dataset/load.js';
import type { Dataset } from '../../src/dataset/dataset.js';
import { findTime, mayNameTime } from '../../src/ask/query/time.js';
import { mayNameMonthIn, PARSER_FAMILIES, parserFor } from '../../src/ask/query/date-parsers.js';
import { chronoTexts } from './chrono-texts.js';

let ds: Dataset;
beforeAll(async () => {
  const r = await loadDataset();
  if (!r.ok) throw new Error('dataset invalid');
  ds = r.dataset;
});

/** Whether chrono (either language) reads a certain month anywhere in the text. */
function chronoReadsMonth(text: string): boolean {
  const ref = new Date('2025-10-30T12:00:00Z');
  return [...chrono.en.parse(text, ref), ...chrono.de.parse(text, ref)].some((r) => r.start.isCertain('month'));
}

describe('the time cue in front of chrono', () => {
  it('lets through every kind of time chrono reads', () => {
    for (const t of ['it lasts long', 'a week ago', 'two weeks later', 'next month', 'this month', 'in zwei Tagen', 'vor zwei Wochen',
      'letzte Woche', 'in einer Woche', '+1w', '-3d', 'tonight', 'last night', 'end of the month', 'couple of days ago', 'morgen',
      'heute Nacht', 'in a sec', 'the fourth of July', 'sept', 'im Mai', 'am 7. November', '30.10.2025', 'what about nextweek']) {
      expect(chronoReadsMonth(t) || t === 'im Mai', t).toBe(true);
      expect(mayNameTime(t), t).toBe(true);
    }
  });

  it('covers chrono’s own month names and time units', async () => {
    // chrono's dictionaries are not exported; read them from the installed package by path.
    const base = new URL('../../node_modules/chrono-node/dist/esm/locales/', import.meta.url);
    const dict = async (lang: string): Promise<Record<string, Record<string, unknown>>> => await import(new URL(`${lang}/constants.js`, base).href) as Record<string, Record<string, unknown>>;
    const en = await dict('en');
    const de = await dict('de');
    for (const m of [...Object.keys(en.MONTH_DICTIONARY!), ...Object.keys(de.MONTH_DICTIONARY!)]) expect(mayNameTime(m), m).toBe(true);
    const monthUnits = (d: Record<string, unknown>): string[] => Object.entries(d).filter(([, u]) => !['year', 'quarter'].includes(String(u))).map(([k]) => k);
    for (const u of monthUnits(en.TIME_UNIT_DICTIONARY!)) expect(mayNameTime(`one ${u}`), u).toBe(true);
    for (const u of monthUnits(de.TIME_UNIT_DICTIONARY!)) expect(mayNameTime(`zwei ${u}`), u).toBe(true);
  });

  it('holds back only texts from which chrono reads no month (dataset, dev questions, corpus)', () => {
    const texts = chronoTexts(ds);
    let held = 0;
    const wrong: string[] = [];
    for (const t of texts) {
      if (mayNameTime(t)) continue;
      held++;
      if (chronoReadsMonth(t)) wrong.push(t);
    }
    expect(wrong).toEqual([]);
    // The test must bite: most of these texts name no time.
    expect(held).toBeGreaterThan(texts.size / 3);
  });

  it('names parsers chrono has (by class name), and leaves out the families a text gives no cue for', () => {
    const names = new Set([...chrono.en.casual.parsers, ...chrono.de.casual.parsers].map((p) => p.constructor.name));
    for (const fam of PARSER_FAMILIES) for (const n of fam.names) expect(names.has(n), n).toBe(true);
    for (const lang of ['en', 'de'] as const) {
      const left = parserFor(lang, 'Wer traf wen?').parsers.map((p) => p.constructor.name);
      expect(left.filter((n) => PARSER_FAMILIES.some((fam) => fam.names.has(n)))).toEqual([]);
    }
  });

  it('leaves out parsers only where they find nothing', () => {
    const texts = chronoTexts(ds, { extra: [
      'in zwei Tagen', 'vor 3 Jahren', 'it lasts', 'a week ago', 'in 2 years', 'letzte Woche', 'next quarter', 'am 7. November um 10 Uhr',
      'tomorrow at noon', 'next Friday', 'Friday, 30 October', 'on the weekend', 'am Montag, 3. November um 10 Uhr', 'heute Abend',
      'übermorgen früh', '10/2025', '2025/10/30', 'the end of the month', 'at 10:30 pm on 30 October', 'the twenty-first of March',
      'Sept. 3rd', 'March 2024', 'tonight', 'gestern Nacht', '30.10.', 'Oct 30 - Nov 2, 2025', 'midnight on 1 May'] });
    const ref = new Date('2025-10-30T12:00:00Z');
    const shown = (rs: chrono.ParsedResult[]): string => JSON.stringify(rs.map((r) => [r.index, r.text, r.start.date().toISOString(), r.start.isCertain('month'), r.start.isCertain('day'), r.end?.date().toISOString()]));
    let reduced = 0;
    for (const t of texts) {
      for (const lang of ['en', 'de'] as const) {
        const p = parserFor(lang, t);
        const all = chrono[lang].casual;
        if (p === all) continue;
        reduced++;
        expect(shown(p.parse(t, ref)), `${lang}: ${t}`).toBe(shown(all.parse(t, ref)));
      }
    }
    expect(reduced).toBeGreaterThan(texts.size);
    const has = (lang: 'en' | 'de', t: string, name: string): boolean => parserFor(lang, t).parsers.some((p) => p.constructor.name === name);
    for (const t of ['a week ago', 'it lasts', 'in 2 years']) expect(has('en', t, 'ENTimeUnitAgoFormatParser'), t).toBe(true);
    for (const t of ['in zwei Tagen', 'vor 3 Jahren', 'letzte Woche']) expect(has('de', t, 'DETimeUnitAgoFormatParser'), t).toBe(true);
    expect(has('en', 'What happened on 2025-10-30?', 'ENMonthNameParser')).toBe(false);
    expect(has('en', 'What happened in October?', 'ENTimeExpressionParser')).toBe(false);
  });

  it('holds back from each language\'s parser only texts it reads no month in', () => {
    // Month names glued to what chrono reads before them ("inmarch", ordinals, "of"), and names that
    // only contain a month's letters ("Samarium", "Myanmar"), which the English cue now passes over.
    const glued = ['inmarch', 'fourthofjuly', 'firstjanuary', 'the twenty-firstof may', 'Ümar 2', 'Ümar', '21oct', '2025ADmar', 'Samarium',
      'Myanmar (Birma)', 'decide in May', 'a summary', 'OfDec', 'thirdMarch'];
    const ref = new Date('2025-10-30T12:00:00Z');
    const wrong: string[] = [];
    for (const t of [...chronoTexts(ds, { extra: glued })]) {
      for (const lang of ['en', 'de'] as const) {
        if (!mayNameMonthIn(lang, t) && chrono[lang].casual.parse(t, ref).some((r) => r.start.isCertain('month'))) wrong.push(`${lang}: ${t}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(mayNameMonthIn('en', 'What is Samarium used for?')).toBe(false);
    expect(mayNameMonthIn('en', 'inmarch')).toBe(true);
  });

  it('answers questions without a time cue with no time, as chrono would', () => {
    expect(findTime('Which countries mine the most rare earths?', ds)).toBeUndefined();
    expect(findTime('Wofür wird Neodym verwendet?', ds)).toBeUndefined();
    expect(findTime('What happened on 30 October?', ds)).toMatchObject({ kind: 'day' });
  });
});

describe('German day and month without a year', () => {
  it('"am 20.10." is 20 October in the dataset\'s year, kept as typed', async () => {
    const r = await loadDataset();
    if (!r.ok) throw new Error('dataset invalid');
    expect(findTime('Wen traf Trump am 20.10.?', r.dataset)).toMatchObject({ kind: 'day', start: '2025-10-20', text: '20.10.' });
    expect(findTime('MCS v1.3 und 2.5 Mio. t', r.dataset)).toBeUndefined();
  });
});
