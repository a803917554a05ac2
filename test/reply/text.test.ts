// The plain-text renderer used by the console and `lodestone ask`.
import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/reply/text.js';
import type { Reply } from '../../src/reply/model.js';

const reply: Reply = {
  kind: 'answer',
  locale: 'en',
  title: 'Reserves — Rare earths',
  blocks: ['First paragraph.', 'Second\nwith a line break.'],
  fields: [{ label: 'Edition', value: 'USGS MCS 2025' }, { label: 'Unit', value: 't' }],
  table: { columns: ['#', 'Country', 'Reserves'], rows: [['1', 'China', '44,000,000 t'], ['2', 'Brazil', '11,000,000 t']], align: ['right', 'left', 'right'] },
  chart: { kind: 'bar', title: 'x', unit: 't', bars: [{ label: 'China', value: 44 }], alt: 'Bar chart: China 44.' },
  sources: [{ id: 's1', label: 'USGS, MCS 2025', url: 'https://pubs.usgs.gov/x.pdf' }, { id: 's2', label: 'ZDF' }],
  footer: 'Dataset 1, as of 6 Feb 2026',
  suggestions: ['/reserves china', '/element Nd'],
};

describe('renderText', () => {
  it('renders title, paragraphs, aligned fields and table, chart text, numbered sources, suggestions and footer', () => {
    expect(renderText(reply)).toBe([
      'Reserves — Rare earths',
      '======================',
      'First paragraph.',
      '',
      'Second',
      'with a line break.',
      '',
      'Edition : USGS MCS 2025',
      'Unit    : t',
      '',
      '#  Country      Reserves',
      '-  -------  ------------',
      '1  China    44,000,000 t',
      '2  Brazil   11,000,000 t',
      '',
      '[Chart] Bar chart: China 44.',
      '',
      'Sources:',
      '  [1] USGS, MCS 2025 — https://pubs.usgs.gov/x.pdf',
      '  [2] ZDF',
      '',
      'Try: /reserves china   /element Nd',
      '',
      'Dataset 1, as of 6 Feb 2026',
    ].join('\n'));
  });

  it('German labels; a minimal reply is just its text', () => {
    expect(renderText({ ...reply, locale: 'de', fields: [], table: undefined, chart: undefined, title: undefined, blocks: ['x'] }))
      .toContain('Quellen:\n  [1]');
    expect(renderText({ kind: 'error', locale: 'en', blocks: ['Nope.'], sources: [] })).toBe('Nope.');
  });

  it('strips terminal control characters and bidi overrides from every string', () => {
    const out = renderText({ kind: 'answer', locale: 'en', title: 'A\u001b[2JB', blocks: ['x\u0007y\u202ez'], sources: [{ id: 'a', label: 'l\u0000' }], suggestions: ['\u009bq'] });
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(out).toContain('A[2JB');
  });
});
