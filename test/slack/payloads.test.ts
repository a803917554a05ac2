// The hand-written slash-command check (parseSlashCommand) must accept, refuse and return exactly
// what the zod schema it stands in for does, on any body Bolt's form parse could hand over.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseSlashCommand, SlashCommandPayload } from '../../src/adapters/slack/payloads.js';

const KEYS = ['command', 'text', 'user_id', 'channel_id', 'team_id', 'enterprise_id', 'response_url', 'trigger_id', 'payload'] as const;

const value = fc.oneof(
  fc.constantFrom('', '/', '/lodestone', '/a b', '/x/y', `/${'a'.repeat(64)}`, `/${'a'.repeat(65)}`, 'U1', 'https://hooks.slack.com/x', 'http://127.0.0.1/r', 'ftp://x', ' https://x', '/\u00e4\u00df'),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ maxLength: 3 }).map((s) => `/${s}`),
  fc.array(fc.constantFrom('a', '/b', ''), { maxLength: 2 }),
  fc.constantFrom(undefined, null, 0, 1, true, {}),
);

const VALID = { command: '/lodestone', text: 'reserves china', user_id: 'U1', channel_id: 'C1', team_id: 'T1', response_url: 'https://hooks.slack.com/x' };
const GONE = Symbol('gone');

/** A valid command with a few fields changed, removed or added (or, half the time, none of its fields). */
const body = fc.tuple(fc.dictionary(fc.constantFrom(...KEYS), fc.oneof(value, fc.constant(GONE)), { maxKeys: 3 }), fc.boolean(), fc.boolean()).map(([d, nullProto, fromValid]) => {
  const out: Record<string, unknown> = nullProto ? Object.create(null) : {};
  if (fromValid) Object.assign(out, VALID);
  for (const [k, v] of Object.entries(d)) {
    if (v === GONE) delete out[k];
    else out[k] = v;
  }
  return out;
});

describe('parseSlashCommand', () => {
  it('agrees with SlashCommandPayload.safeParse on arbitrary bodies, fields and their order included', () => {
    let accepted = 0;
    fc.assert(fc.property(body, (b) => {
      const zod = SlashCommandPayload.safeParse(b);
      if (zod.success) accepted++;
      const ours = parseSlashCommand(b);
      expect(ours === undefined).toBe(!zod.success);
      if (zod.success) {
        expect(ours).toStrictEqual(zod.data);
        expect(Object.keys(ours!)).toEqual(Object.keys(zod.data));
      }
    }), { numRuns: 5_000 });
    // The bodies reach both answers, not only refusals.
    expect(accepted).toBeGreaterThan(50);
  });

  it('accepts a slash command as Slack sends it and keeps only the schema fields', () => {
    const b = { token: 'x', team_id: 'T1', channel_id: 'C1', user_id: 'U1', command: '/lodestone', text: 'reserves china', response_url: 'https://hooks.slack.com/commands/1', trigger_id: '1.2' };
    expect(parseSlashCommand(b)).toStrictEqual({ command: '/lodestone', text: 'reserves china', user_id: 'U1', channel_id: 'C1', team_id: 'T1', response_url: 'https://hooks.slack.com/commands/1' });
    expect(parseSlashCommand({ ...b, response_url: 'javascript:alert(1)' })).toBeUndefined();
    expect(parseSlashCommand({ ...b, command: '/two words' })).toBeUndefined();
  });
});
