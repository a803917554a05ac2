import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/dataset/dataset.js';
import { createRegistry } from '../../src/commands/index.js';
import { parseCommandLine, tokenize } from '../../src/commands/parse.js';
import { realDataset } from './helpers.js';

let ds: Dataset;
const registry = createRegistry();
beforeAll(async () => {
  ds = await realDataset();
});
const parse = (s: string) => parseCommandLine(registry, s, ds);

describe('tokenize', () => {
  it('splits on whitespace and keeps quoted phrases together (straight and German quotes)', () => {
    expect(tokenize('  /summit "trump xi"  now ')).toEqual(['/summit', 'trump xi', 'now']);
    expect(tokenize('„Trump Xi“ ‚x')).toEqual(['Trump Xi', '‚x']);
    expect(tokenize('a "unclosed')).toEqual(['a', 'unclosed']);
    expect(tokenize('')).toEqual([]);
  });
});

describe('parseCommandLine', () => {
  it('slash commands, bare command words and German aliases', () => {
    expect(parse('/reserves china')).toEqual({ kind: 'command', name: 'reserves', args: { country: 'china' } });
    expect(parse('reserves china rare earths')).toEqual({ kind: 'command', name: 'reserves', args: { country: 'china', mineral: 'rare earths' } });
    expect(parse('Reserven China')).toEqual({ kind: 'command', name: 'reserves', args: { country: 'China' }, locale: 'de' });
    expect(parse('/element Nd')).toEqual({ kind: 'command', name: 'element', args: { element: 'Nd' } });
    expect(parse('element nd')).toEqual({ kind: 'command', name: 'element', args: { element: 'nd' } });
    expect(parse('/RESERVES')).toEqual({ kind: 'command', name: 'reserves', args: {} });
  });

  it('multi-word names: the split that resolves best wins', () => {
    expect(parse('/reserves south africa')).toMatchObject({ args: { country: 'south africa' } });
    expect(parse('/reserves united states lithium')).toMatchObject({ args: { country: 'united states', mineral: 'lithium' } });
    expect(parse('/reserves lithium united states')).toMatchObject({ args: { country: 'united states', mineral: 'lithium' } });
    expect(parse('/production of china')).toMatchObject({ args: { country: 'china' } });
    expect(parse('/reserves Volksrepublik China seltene Erden')).toMatchObject({ args: { country: 'Volksrepublik China', mineral: 'seltene Erden' } });
  });

  it('quoted and rest-of-line arguments', () => {
    expect(parse('/summit "trump xi"')).toMatchObject({ name: 'summit', args: { event: 'trump xi' } });
    expect(parse('/ask How large are Brazil\'s reserves?')).toMatchObject({ name: 'ask', args: { question: 'How large are Brazil\'s reserves?' } });
    expect(parse('/events Oct 2025 Nov 2025')).toMatchObject({ args: { from: 'Oct 2025', to: 'Nov 2025' } });
  });

  it('subcommands, with German aliases and typos', () => {
    expect(parse('/digest subscribe 08:00 Europe/Berlin de')).toEqual({
      kind: 'command', name: 'digest', args: { subcommand: 'subscribe', time: '08:00', timezone: 'Europe/Berlin', language: 'de' },
    });
    expect(parse('/digest abonnieren 7:30')).toMatchObject({ args: { subcommand: 'subscribe', time: '7:30' } });
    expect(parse('/digest subscibe')).toMatchObject({ args: { subcommand: 'subscribe' } });
  });

  it('unknown /commands are usage errors with the nearest commands', () => {
    const r = parse('/reservs china');
    expect(r.kind).toBe('usage');
    if (r.kind !== 'usage') return;
    expect(r.suggestions[0]).toBe('/reserves china');
    expect(r.message.en).toContain('Did you mean /reserves?');
    const far = parse('/foo');
    expect(far).toMatchObject({ kind: 'usage', suggestions: ['/help'] });
  });

  it('text that is not a command is a question', () => {
    expect(parse('How large are Brazil\'s reserves?')).toEqual({ kind: 'question', text: 'How large are Brazil\'s reserves?' });
    expect(parse('Reserves are what, exactly?')).toMatchObject({ kind: 'question' });
    expect(parse('Nd')).toMatchObject({ kind: 'question' });
    // A bare command word whose arguments do not resolve reads as a question.
    expect(parse('production is hard why')).toMatchObject({ kind: 'question' });
  });

  it('user text echoed in usage errors cannot ping', () => {
    const r = parse('/reservs @everyone <!channel>');
    expect(JSON.stringify(r)).not.toMatch(/@everyone|<!channel>/);
  });
});
