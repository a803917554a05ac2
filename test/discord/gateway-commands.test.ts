// Slash commands read from the gateway packet (gateway-commands.ts) must be read exactly as from
// discord.js's ChatInputCommandInteraction: every packet here is read both ways, on the real client
// connected to the fake, and the requests compared.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatInputCommandInteraction, Client } from 'discord.js';
import { startHarness, str, sub, type Harness } from './harness.js';
import { chatInput, snowflake, type InteractionSpec, type OptionSpec } from '../fakes/discord/index.js';
import { commandRequest, type InteractionDeps } from '../../src/adapters/discord/interactions.js';
import { hookGatewayCommands, isCommandPacket, packetRequest, type CommandPacket } from '../../src/adapters/discord/gateway-commands.js';

let h: Harness;
let deps: InteractionDeps;
beforeAll(async () => {
  h = await startHarness();
  deps = { commands: h.bot.commands, defaultLocale: 'en' } as InteractionDeps;
});
afterAll(async () => {
  await h?.close();
});

const MANAGE = (1n << 4n).toString();
const ADMIN = (1n << 3n).toString();
const NONE = ((1n << 10n) | (1n << 11n)).toString();

function packet(name: string, options: OptionSpec[], spec: Partial<InteractionSpec> = {}): CommandPacket {
  const p = chatInput({ applicationId: h.fake.applicationId, guild: h.fake.guild, channel: h.fake.text, user: h.fake.human, ...spec }, name, options);
  if (!isCommandPacket(p)) throw new Error('not a command packet');
  return p;
}

/** Both readings of one packet: discord.js's (as its action builds the interaction) and the packet's. */
function bothWays(p: CommandPacket, stopping = false): { viaDiscordJs: unknown; viaPacket: unknown } {
  const client = h.bot.client as Client;
  const action = (client as unknown as { actions: { InteractionCreate: { getChannel(d: unknown): unknown } } }).actions.InteractionCreate;
  if (p.channel) action.getChannel({ ...p.channel, ...('recipients' in p.channel ? { user: p.user } : undefined) });
  const i = new (ChatInputCommandInteraction as unknown as new (c: Client, d: unknown) => ChatInputCommandInteraction)(client, structuredClone(p));
  return { viaDiscordJs: commandRequest(deps, i, stopping), viaPacket: packetRequest(deps, client, p, stopping) };
}

describe('slash commands from the gateway packet', () => {
  it('is hooked into the real client (discord.js internals where expected)', () => {
    // A client of its own: hooking the harness's bot twice would route its commands to this no-op.
    const client = new Client({ intents: [] });
    expect(hookGatewayCommands(client, () => undefined)).toBe(true);
    void client.destroy();
  });

  it('reads commands as discord.js does: options, locales, channels, threads, DMs and permissions', () => {
    const cases: CommandPacket[] = [
      packet('reserves', [str('country', 'china')]),
      packet('reserves', [str('country', '  BR  '), str('mineral', '')], { locale: 'de' }),
      packet('reserves', [], { locale: 'fr' }),
      packet('element', [str('element', 'Nd')], { locale: 'fr', guild: { ...h.fake.guild, preferredLocale: 'de' } }),
      packet('element', [str('element', 'Nd')], { locale: 'ja', guild: { ...h.fake.guild, preferredLocale: 'ko' } }),
      packet('reserves', [str('country', 'china')], { channel: h.fake.thread, permissions: MANAGE }),
      packet('reserves', [str('country', 'china')], { permissions: ADMIN }),
      packet('reserves', [str('country', 'china')], { permissions: NONE }),
      packet('reserves', [str('country', 'china')], { permissions: '0' }),
      packet('reserves', [str('country', 'china')], { guild: undefined, channel: h.fake.dm }),
      packet('reserves', [str('country', 'china')], { guild: undefined, channel: { id: snowflake(), type: 1, recipient: h.fake.human } }),
      packet('reserves', [str('country', 'china')], { channel: { id: snowflake(), type: 11, guildId: h.fake.guild.id } }),
      packet('digest', [sub('subscribe')], { permissions: MANAGE }),
      packet('digest', [sub('status')]),
      packet('digest', []),
      packet('digest', [{ name: 'group', type: 2, options: [sub('list')] }]),
      packet('nonexistent', [str('x', 'y')]),
    ];
    const read = cases.map((p) => {
      const { viaDiscordJs, viaPacket } = bothWays(p);
      expect(viaPacket).toEqual(viaDiscordJs);
      return viaPacket as { locale: string; command?: { args: object; call: { channel: { threadId?: string }; actor: { canManageChannel: boolean } } } };
    });
    // The cases do reach each reading (not all the same answer).
    expect(read.map((r) => r.command?.call.actor.canManageChannel)).toEqual([false, false, false, false, false, true, true, false, false, true, true, false, true, false, false, false, undefined]);
    expect(read.map((r) => Boolean(r.command?.call.channel.threadId))).toEqual([false, false, false, false, false, true, false, false, false, false, false, true, false, false, false, false, false]);
    expect(read.map((r) => r.locale).slice(0, 5)).toEqual(['en', 'de', 'en', 'de', 'en']);
    expect(read[1]!.command?.args).toEqual({ country: 'BR' });
    expect(read[12]!.command?.args).toEqual({ subcommand: 'subscribe' });
    const stopping = bothWays(packet('reserves', [str('country', 'china')]), true);
    expect(stopping.viaPacket).toEqual(stopping.viaDiscordJs);
  });

  it('refuses an option of another type, as discord.js does', () => {
    const p = packet('reserves', [{ name: 'country', type: 4, value: '7' }]);
    expect(() => bothWays(p)).toThrow();
    expect(() => packetRequest(deps, h.bot.client, p, false)).toThrow(/type/);
  });

  it('leaves other interactions to discord.js', () => {
    const auto = chatInput({ applicationId: h.fake.applicationId, guild: h.fake.guild, channel: h.fake.text, user: h.fake.human }, 'reserves', []);
    expect(isCommandPacket({ ...auto, type: 4 })).toBe(false);
    expect(isCommandPacket({ ...auto, data: { ...(auto.data as object), type: 2 } })).toBe(false);
    expect(isCommandPacket(auto)).toBe(true);
  });

  it('answers a command end to end through the hook', async () => {
    const { callback } = await h.command('reserves', [str('country', 'china')], { channel: h.fake.thread });
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.embeds[0].title).toBe('Reserves: China');
  });
});
