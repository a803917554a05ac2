// Bad input of any kind: the parser, the router and the core always answer and never throw, and
// no user text reaches a reply in a form that could ping (@everyone, <!channel>, <@&role>).
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/dataset/dataset.js';
import type { CommandCore } from '../../src/commands/core.js';
import { createRegistry } from '../../src/commands/index.js';
import { parseCommandLine } from '../../src/commands/parse.js';
import { routeToCommand, answerQuestion } from '../../src/ask/router.js';
import { renderText } from '../../src/reply/text.js';
import type { Reply } from '../../src/reply/model.js';
import { makeCore, realDataset } from './helpers.js';

let ds: Dataset;
let core: CommandCore;
const registry = createRegistry();
beforeAll(async () => {
  ds = await realDataset();
  core = await makeCore();
});

const PING = /@(everyone|here)\b|<!(channel|here|everyone)\b|<@&?\d+>|<#\d+>/i;
const MENTIONS = ['@everyone', '@here', '<!channel>', '<!here>', '<@&123>', '<@456>', '<#789>', '@Lodestone'];

const pieces = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(...MENTIONS, '/reserves', '/element', '/digest subscribe', '/summit', '/events', 'China', 'Nd', 'lithium', '"', '„', '\u0000', '\u001b[2J', '\u202e', '\r\n', '?', '/'),
);
const lines = fc.array(pieces, { maxLength: 8 }).map((parts) => parts.join(' '));
const commands = fc.tuple(fc.constantFrom(...registry.all().flatMap((d) => [d.name, ...(d.aliases ?? [])])), lines).map(([c, rest]) => `/${c} ${rest}`);

function checkReply(r: Reply): void {
  expect(['answer', 'error', 'briefing']).toContain(r.kind);
  expect(Array.isArray(r.blocks)).toBe(true);
  const out = renderText(r);
  expect(out).not.toMatch(PING);
  // eslint-disable-next-line no-control-regex
  expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u202e]/);
}

describe('never throws, never pings', () => {
  it('parser: any line parses to a command, a usage error or a question', () => {
    fc.assert(fc.property(fc.oneof(lines, commands), (line) => {
      const p = parseCommandLine(registry, line, ds);
      expect(['command', 'usage', 'question']).toContain(p.kind);
      if (p.kind === 'usage') expect(JSON.stringify(p)).not.toMatch(PING);
    }), { numRuns: 400 });
  });

  it('router: any question routes and answers', () => {
    fc.assert(fc.property(lines, fc.constantFrom('en' as const, 'de' as const), (q, locale) => {
      const route = routeToCommand(q, ds, locale);
      expect(typeof route).toBe('object');
      checkReply(answerQuestion(q, ds, locale));
    }), { numRuns: 300 });
  });

  it('core: any text gets a reply', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(lines, commands), fc.constantFrom('en' as const, 'de' as const), async (text, locale) => {
      checkReply(await core.handleText(text, { locale }));
    }), { numRuns: 300 });
  });

  it('mentions in arguments are echoed defused, if at all', async () => {
    for (const m of MENTIONS) {
      for (const line of [`/reserves ${m}`, `/element ${m}`, `/elements ${m}`, `/events ${m}`, `/summit ${m}`, `/sources ${m}`, `/help ${m}`, `/reservs ${m}`, `/${m}`, `${m} How large are China's reserves?`, `/digest subscribe ${m}`, `/digest ${m}`]) {
        checkReply(await core.handleText(line, { locale: 'en' }));
      }
    }
    const r = await core.handleText('/reserves @everyone', { locale: 'en' });
    expect(r.blocks[0]).toContain("'@\u200beveryone'");
  });

  it('very long, empty and control-character input', async () => {
    const long = 'reserves china '.repeat(7000); // ~100k characters
    for (const text of ['', ' ', '\u0000', '\n\n', long, `/reserves ${long}`, `/summit ${'x'.repeat(100_000)}`, '?'.repeat(100_000)]) {
      checkReply(await core.handleText(text, { locale: 'en' }));
      expect(['command', 'usage', 'question']).toContain(parseCommandLine(registry, text, ds).kind);
      checkReply(answerQuestion(text, ds, 'de'));
    }
    const r = await core.handleText(`/reserves ${'y'.repeat(500)}`, { locale: 'en' });
    expect(r.blocks[0]!.length).toBeLessThan(250); // the echo is truncated
  });
});
