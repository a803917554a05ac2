// Answer classes of the offline question path (issue 10), seventh part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';
import { parseQuestion } from '../../src/ask/query/parse.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('an exclusion word after what it puts out ("China aside", "Afrika ausgeklammert")', () => {
  it('puts the countries before it out of the ranking', () => {
    const p = parseQuestion('Brazil and China aside, which country has the largest rare earth reserves?', dataset(), 'en');
    expect(p.after?.map((c) => c.id).sort()).toEqual(['BR', 'CN']);
    expect(lead('Brazil and China aside, which country has the largest rare earth reserves?', 'en')).toMatch(/^Australia ranks third/);
  });
  it('puts a continent right before it out', () => {
    expect(lead('Afrika ausgeklammert: Welches Land hat die größten Kobaltreserven?', 'de')).toMatch(/außerhalb von Afrika/);
    expect(lead('Afrika ausgeklammert: Welches Land hat die größten Kobaltreserven?', 'de')).not.toMatch(/Kongo/);
  });
});
