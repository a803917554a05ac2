// The Block Kit renderer: every message inside Slack's limits, whatever the reply.
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/reply/model.js';
import { renderReply } from '../../src/adapters/slack/render.js';
import { renderTable } from '../../src/adapters/slack/table.js';
import { expectWithinLimits } from './limits.js';

const base: Reply = { kind: 'answer', locale: 'en', blocks: [], sources: [] };

const huge: Reply = {
  ...base,
  title: 'A'.repeat(1_000),
  blocks: Array.from({ length: 120 }, (_, i) => `Paragraph ${i} ${'word & <tag> '.repeat(400)}`),
  fields: Array.from({ length: 37 }, (_, i) => ({ label: `L${i} ${'&'.repeat(50)}`, value: '<v> '.repeat(900) })),
  table: { columns: ['Country', 'Value'], rows: Array.from({ length: 500 }, (_, i) => [`Country ${i} ${'x'.repeat(60)}`, String(i * 1000)]), align: ['left', 'right'] },
  chart: { kind: 'bar', title: 'Chart', unit: 't', bars: [{ label: 'a', value: 1 }], alt: 'alt '.repeat(2_000) },
  sources: Array.from({ length: 60 }, (_, i) => ({ id: `s${i}`, label: `Source ${i} ${'long label '.repeat(40)}`, url: `https://example.org/${i}?q=${'z'.repeat(100)}` })),
  footer: 'footer '.repeat(1_000),
  suggestions: Array.from({ length: 30 }, (_, i) => `/reserves ${'c'.repeat(200)} ${i}`),
};

describe('renderReply limits', () => {
  it('keeps every message of a huge reply within the limits, and at most five messages, with a note', () => {
    const messages = renderReply(huge);
    expect(messages.length).toBeLessThanOrEqual(5);
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expectWithinLimits(m);
    const json = JSON.stringify(messages);
    expect(json).toContain('Shortened');
    // The header appears once, on the first message, clipped to 150 characters.
    expect(messages[0]!.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: `${'A'.repeat(149)}…`, emoji: true } });
    expect(messages.slice(1).flatMap((m) => m.blocks).some((b) => b.type === 'header')).toBe(false);
    // Sources, footer and suggestions close the last message.
    const last = messages.at(-1)!.blocks;
    expect(last.at(-1)).toMatchObject({ type: 'context', elements: [{ text: expect.stringMatching(/^Try: `\/reserves/) }] });
    expect(JSON.stringify(last)).toContain('*Sources:*');
  });

  it('renders a huge reply into a single message for digests (maxMessages 1), still within limits', () => {
    const [only, ...rest] = renderReply(huge, { maxMessages: 1 });
    expect(rest).toEqual([]);
    expectWithinLimits(only);
    expect(JSON.stringify(only)).toContain('Shortened');
    expect(JSON.stringify(only)).toContain('*Sources:*');
  });

  it('splits a long paragraph into sections of at most 3,000 characters without losing text', () => {
    const text = 'Neodymium & praseodymium <magnets>. '.repeat(150);
    const [m] = renderReply({ ...base, blocks: [text] });
    const sections = m!.blocks.filter((b) => b.type === 'section');
    expect(sections.length).toBeGreaterThan(2);
    const joined = sections.map((b) => ('text' in b ? b.text.text : '')).join(' ');
    expect(joined.replace(/\s+/g, ' ').trim()).toBe(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\s+/g, ' ').trim());
    for (const s of sections) expect('text' in s && s.text.text.length).toBeLessThanOrEqual(3000);
  });

  it('puts at most ten fields in a section and continues in the next', () => {
    const fields = Array.from({ length: 23 }, (_, i) => ({ label: `F${i}`, value: String(i) }));
    const [m] = renderReply({ ...base, fields });
    const sections = m!.blocks.filter((b): b is Extract<typeof b, { fields: unknown }> => 'fields' in b);
    expect(sections.map((s) => s.fields.length)).toEqual([10, 10, 3]);
    expect(sections[0]!.fields[0]).toEqual({ type: 'mrkdwn', text: '*F0*\n0' });
  });

  it('renders non-inline fields as their own sections', () => {
    const [m] = renderReply({ ...base, fields: [{ label: 'Usage', value: '/reserves [country]', inline: false }] });
    expect(m!.blocks).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: '*Usage*\n/reserves [country]' } }]);
  });

  it('never puts more than ten elements in a context block', () => {
    const sources = Array.from({ length: 25 }, (_, i) => ({ id: `s${i}`, label: `S${i}`, url: `https://example.org/${i}` }));
    const [m] = renderReply({ ...base, blocks: ['x'], sources });
    const contexts = m!.blocks.filter((b): b is Extract<typeof b, { type: 'context' }> => b.type === 'context');
    expect(contexts.length).toBe(3);
    for (const c of contexts) expect(c.elements.length).toBeLessThanOrEqual(10);
    expect(contexts.flatMap((c) => c.elements).filter((e) => e.text.startsWith('<https://')).length).toBe(25);
  });

  it('always sets a fallback text, even for an empty reply', () => {
    const [m] = renderReply(base);
    expect(m!.text.length).toBeGreaterThan(0);
    expectWithinLimits(m);
  });

  it('marks errors with a warning sign', () => {
    const [m] = renderReply({ kind: 'error', locale: 'de', blocks: ['Unbekanntes Land.'], sources: [], suggestions: ['/reserves china'] });
    expect(m!.blocks).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: ':warning: Unbekanntes Land.' } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'Probier: `/reserves china`' }] },
    ]);
  });
});

describe('tables', () => {
  it('renders a monospace code block with right-aligned numbers', () => {
    const [text] = renderTable({ columns: ['Country', 't REO'], rows: [['China', '44,000,000'], ['Brazil', '21,000,000'], ['Vietnam', '3,500,000']], align: ['left', 'right'] });
    expect(text).toBe([
      '```',
      'Country       t REO',
      '-------  ----------',
      'China    44,000,000',
      'Brazil   21,000,000',
      'Vietnam   3,500,000',
      '```',
    ].join('\n'));
  });

  it('continues a long table in further blocks with the header repeated, each within 3,000 characters', () => {
    const texts = renderTable({ columns: ['Name', 'N'], rows: Array.from({ length: 400 }, (_, i) => [`Row <${i}> & more`, String(i)]) });
    expect(texts.length).toBeGreaterThan(1);
    for (const t of texts) {
      expect(t.length).toBeLessThanOrEqual(3000);
      expect(t.startsWith('```\nName')).toBe(true);
      expect(t.endsWith('\n```')).toBe(true);
      expect(t).not.toMatch(/</);
    }
    expect(texts.join('\n')).toContain('Row &lt;399&gt; &amp; more');
  });

  it('keeps backticks in cells from closing the code block', () => {
    const [text] = renderTable({ columns: ['A'], rows: [['```<!channel>```']] });
    expect(text!.match(/```/g)).toHaveLength(2);
    expect(text).not.toContain('<!channel>');
  });

  it('renders frozen rows (kept per row) exactly as unfrozen copies, whatever the other rows and columns', () => {
    const shared = Object.freeze(['Neodymium  and   more', '60']) as string[];
    const long = Object.freeze([`A ${'very '.repeat(12)}long cell`, '1']) as string[];
    const tables = [
      { columns: ['Element', 'Z'], rows: [shared, ['Pr', '59']], align: ['left', 'right'] as ('left' | 'right')[] },
      { columns: ['Element', 'Z'], rows: [long, shared] },
      { columns: ['Element', 'Z', 'Extra'], rows: [shared, long] },
      { columns: ['Element'], rows: [shared] },
    ];
    for (const t of tables) {
      const copied = { ...t, rows: t.rows.map((r) => [...r]) };
      expect(renderTable(t)).toEqual(renderTable(copied));
      expect(renderTable(t)).toEqual(renderTable(copied));
    }
  });
});

describe('links', () => {
  it('links sources with escaped labels, and drops URLs that are not http(s)', () => {
    const [m] = renderReply({
      ...base,
      blocks: ['x'],
      sources: [
        { id: 'a', label: 'USGS <MCS> 2025 | errata & notes', url: 'https://pubs.usgs.gov/mcs?x=1&y=2' },
        { id: 'b', label: 'Evil', url: 'javascript:alert(1)' },
        { id: 'c', label: 'Smuggle', url: 'https://example.org/a|<!channel>' },
      ],
    });
    const elements = m!.blocks.flatMap((b) => (b.type === 'context' ? b.elements.map((e) => e.text) : []));
    expect(elements).toEqual([
      '*Sources:*',
      '<https://pubs.usgs.gov/mcs?x=1&amp;y=2|USGS &lt;MCS&gt; 2025 ǀ errata &amp; notes>',
      'Evil',
      '<https://example.org/a%7C%3C!channel%3E|Smuggle>',
    ]);
  });
});

describe('renderings of shared reply parts', () => {
  it('renders a frozen table and source list once and the same each time; an unfrozen one as it is now', () => {
    const table = Object.freeze({ columns: Object.freeze(['Country', 'Tonnes']), rows: Object.freeze([Object.freeze(['China', '44,000,000'])]) }) as unknown as NonNullable<Reply['table']>;
    const sources = Object.freeze([Object.freeze({ id: 'usgs', label: 'USGS & co', url: 'https://pubs.usgs.gov/x?a=1&b=2' })]) as unknown as Reply['sources'];
    const a = renderReply({ ...base, blocks: ['One'], table, sources });
    const b = renderReply({ ...base, blocks: ['Two'], table, sources });
    expect(JSON.stringify(a[0]!.blocks.slice(1))).toBe(JSON.stringify(b[0]!.blocks.slice(1)));
    expect(JSON.stringify(a)).toContain('44,000,000');
    expect(JSON.stringify(a)).toContain('USGS &amp; co');
    const open = { columns: ['Country', 'Tonnes'], rows: [['Brazil', '21']] };
    expect(JSON.stringify(renderReply({ ...base, table: open }))).toContain('Brazil');
    open.rows[0] = ['Chile', '9'];
    const again = JSON.stringify(renderReply({ ...base, table: open }));
    expect(again).toContain('Chile');
    expect(again).not.toContain('Brazil');
  });
});

describe('long table cells', () => {
  it('are cut where truncateGraphemes cuts them, accents, emoji and CR LF included', async () => {
    const { truncateGraphemes } = await import('../../src/reply/safe-text.js');
    const cells = [
      'x'.repeat(60),
      `${'a'.repeat(38)}e\u0301${'b'.repeat(10)}`,
      `${'a'.repeat(37)}👍🏽${'b'.repeat(10)}`,
      `${'a'.repeat(38)}\u00e9\u0301 tail of the cell`,
      `${'word '.repeat(7)}Ünïcödé ${'z'.repeat(20)}`,
    ];
    for (const cell of cells) {
      const [text] = renderTable({ columns: ['A'], rows: [[cell]] });
      expect(text).toContain(truncateGraphemes(cell, 40));
    }
  });
});
