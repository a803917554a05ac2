// Starts the loopback fake Discord and the real Lodestone bot (real discord.js client) against it.
import { CommandCore } from '../../src/commands/core.js';
import type { Registry } from '../../src/commands/registry.js';
import type { CommandServices } from '../../src/commands/types.js';
import { parseConfig } from '../../src/config.js';
import type { Dataset } from '../../src/dataset/dataset.js';
import { DatasetHolder } from '../../src/dataset/holder.js';
import { createLogger } from '../../src/ops/log.js';
import { Metrics } from '../../src/ops/metrics.js';
import { createDiscordBot, type DiscordBot, type DiscordBotOptions } from '../../src/adapters/discord/bot.js';
import { chatInput, autocomplete, messageCreate, startFakeDiscord, type FakeDiscord, type InteractionSpec, type MessageSpec, type OptionSpec, type RecordedRequest } from '../fakes/discord/index.js';
import { testDataset, testRegistry } from './fixtures.js';

export interface Harness {
  fake: FakeDiscord;
  bot: DiscordBot;
  core: CommandCore;
  metrics: Metrics;
  holder: DatasetHolder;
  /** Dispatches a slash command and resolves with its interaction callback. */
  command(name: string, options?: OptionSpec[], spec?: Partial<InteractionSpec>): Promise<{ payload: Record<string, any>; callback: RecordedRequest }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  autocomplete(name: string, options: OptionSpec[], spec?: Partial<InteractionSpec>): Promise<RecordedRequest>;
  /** Dispatches MESSAGE_CREATE. */
  message(spec: Partial<MessageSpec> & { content: string }): Record<string, unknown>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  registry?: Registry;
  dataset?: Dataset;
  services?: CommandServices;
  bot?: Partial<DiscordBotOptions>;
  env?: Record<string, string>;
  guildLocale?: string;
  heartbeatInterval?: number;
  /** Configures the fake before the bot connects. */
  beforeStart?: (fake: FakeDiscord) => void;
}

export const str = (name: string, value: string, focused = false): OptionSpec => ({ name, type: 3, value, ...(focused ? { focused: true } : {}) });
export const sub = (name: string, options: OptionSpec[] = []): OptionSpec => ({ name, type: 1, options });

export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  const fake = await startFakeDiscord({ ...(opts.guildLocale ? { guildLocale: opts.guildLocale } : {}), ...(opts.heartbeatInterval ? { heartbeatInterval: opts.heartbeatInterval } : {}) });
  const config = parseConfig({
    DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_MESSAGE_CONTENT: 'false', LOG_LEVEL: 'silent', ...opts.env,
  });
  opts.beforeStart?.(fake);
  const holder = new DatasetHolder(opts.dataset ?? testDataset());
  const core = new CommandCore({ registry: opts.registry ?? testRegistry(), datasets: holder, services: opts.services ?? {} });
  const metrics = new Metrics();
  const bot = createDiscordBot({ core, config, log: createLogger(config), metrics, restApi: fake.apiBase, ...opts.bot });
  await bot.start();

  const base = (spec?: Partial<InteractionSpec>): InteractionSpec => ({
    applicationId: fake.applicationId, guild: fake.guild, channel: fake.text, user: fake.human, locale: 'en-US', ...spec,
  });
  return {
    fake, bot, core, metrics, holder,
    async command(name, options = [], spec) {
      const payload = chatInput(base(spec), name, options);
      fake.gateway.dispatch('INTERACTION_CREATE', payload);
      const callback = await fake.rest.waitFor((r) => r.path === `/interactions/${String(payload.id)}/${String(payload.token)}/callback`);
      return { payload, callback };
    },
    async autocomplete(name, options, spec) {
      const payload = autocomplete(base(spec), name, options);
      fake.gateway.dispatch('INTERACTION_CREATE', payload);
      return fake.rest.waitFor((r) => r.path === `/interactions/${String(payload.id)}/${String(payload.token)}/callback`);
    },
    message(spec) {
      const payload = messageCreate({ guild: fake.guild, channel: fake.text, author: fake.human, ...spec });
      fake.gateway.dispatch('MESSAGE_CREATE', payload);
      return payload;
    },
    async close() {
      await bot.stop();
      await fake.close();
    },
  };
}

/** Every string anywhere inside a JSON value. */
export function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}
