// A rejected edit told to the operators' channel (LODESTONE_OPS_CHANNEL): one message with the
// errors as `lodestone data check` prints them; an unconnected platform is only logged.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { opsNotifier } from '../../src/ops/ops-channel.js';
import { MemoryTarget } from '../briefings/fixtures/memory-target.js';
import { silent } from '../briefings/fixtures/harness.js';

const rejection = {
  at: new Date('2026-12-01T10:00:00Z'),
  serving: '2026.11.29',
  errors: Array.from({ length: 7 }, (_, i) => ({ file: 'events.yaml', path: `[${i}].date`, reason: 'must be a real date written YYYY-MM-DD', line: 10 + i })),
};

describe('operators\' channel', () => {
  it('posts the rejection with the first errors and the version still served', async () => {
    const slack = new MemoryTarget('slack');
    const notify = opsNotifier('slack:C0PS', () => [new MemoryTarget('discord'), slack], silent)!;
    notify(rejection);
    await new Promise((r) => setTimeout(r, 10));
    expect(slack.posts).toHaveLength(1);
    const { channel, reply } = slack.posts[0]!;
    expect(channel).toEqual({ platform: 'slack', channelId: 'C0PS' });
    expect(reply.title).toBe('Dataset edit rejected');
    expect(reply.blocks[0]).toBe('The edit of data/ was rejected with 7 error(s); still serving version 2026.11.29.');
    expect(reply.blocks[1]!.split('\n')).toHaveLength(6);
    expect(reply.blocks[1]).toContain('• events.yaml: [0].date: must be a real date written YYYY-MM-DD (line 10)');
    expect(reply.blocks[1]).toContain('… and 2 more (lodestone data check lists them all)');
  });

  it('is off without the setting, and the setting is validated', () => {
    expect(opsNotifier(undefined, () => [], silent)).toBeUndefined();
    expect(parseConfig({ LODESTONE_OPS_CHANNEL: 'discord:123456789012345678' }).LODESTONE_OPS_CHANNEL).toBe('discord:123456789012345678');
    expect(() => parseConfig({ LODESTONE_OPS_CHANNEL: '#ops' })).toThrow(/slack:<channel id> or discord:<channel id>/);
  });
});
