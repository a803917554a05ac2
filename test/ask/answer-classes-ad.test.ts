// Answer classes of the offline question path (issue 10), thirtieth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('a place asked in a yes/no question', () => {
  it('is the city a venue is named after', () => {
    expect(lead('Was the Thailand-Cambodia declaration signed in Kuala Lumpur?', 'en')).toMatch(/^Yes — Kuala Lumpur Convention Centre/);
    expect(lead('Wurde die Erklärung zwischen Thailand und Kambodscha in Kuala Lumpur unterzeichnet?', 'de')).toMatch(/^Ja — /);
    expect(lead('Was the Thailand-Cambodia declaration signed in Busan?', 'en')).toMatch(/^No — Kuala Lumpur/);
  });
  it('is found in its inflected German form', () => {
    expect(lead('Wurde das Rahmenabkommen mit Japan im Weißen Haus unterzeichnet?', 'de')).toMatch(/^Nein — Akasaka-Palast.*Tokio/);
    expect(lead('Wurde das Rahmenabkommen mit Japan in Tokio unterzeichnet?', 'de')).toMatch(/^Ja — /);
  });
});
