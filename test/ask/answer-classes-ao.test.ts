// Answer classes of the offline question path (issue 10), forty-first part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('records signed at one gathering, counted by the gathering named', () => {
  it('counts every record of its kind held there, not the one whose alias names the gathering', () => {
    expect(lead('How many MoUs did Trump put his name to at the 47th ASEAN summit?', 'en'))
      .toMatch(/^2: 26 Oct 2025: US–Malaysia .*US–Thailand MoU/);
    // The genitive of the gathering's name names it as the name does.
    expect(lead('Wie viele Absichtserklärungen hat Trump am Rande des ASEAN-Gipfels unterzeichnet?', 'de'))
      .toMatch(/^2: 26\. Okt\. 2025: Handelsabkommen und Absichtserklärung .*Malaysia.*Thailands/);
  });
});
