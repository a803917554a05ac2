// From a command or a mention to rendered Discord messages: the core answers, the chart (when a PNG
// renderer exists) is drawn, the embeds are rendered. Answers of read-only dataset commands are
// pure functions of (dataset, day, language, arguments), so their rendered messages are kept in a
// small bounded cache that is emptied whenever the dataset is swapped.
import type { CallContext, CommandCore } from '../../commands/core.js';
import type { Args } from '../../commands/types.js';
import type { ChartSpec, Locale, Reply } from '../../reply/model.js';
import { errorReply } from '../../reply/model.js';
import type { Logger } from '../../ops/log.js';
import type { Metrics } from '../../ops/metrics.js';
import { renderReply, type RenderedMessage } from './render.js';
import { BoundedCache } from '../../util/bounded-cache.js';

export type ChartRenderer = (spec: ChartSpec) => Promise<Buffer>;

export interface Answer {
  reply: Pick<Reply, 'kind' | 'ephemeral'>;
  messages: RenderedMessage[];
}

/** Commands whose work may take seconds (model calls, the store): always deferred on Discord. */
export const SLOW_COMMANDS: ReadonlySet<string> = new Set(['ask', 'brief', 'digest']);

export class Answerer {
  readonly #cache: BoundedCache<string, Answer>;

  constructor(
    private readonly core: CommandCore,
    private readonly log: Logger,
    private readonly metrics: Metrics,
    private readonly renderChart: () => ChartRenderer | undefined,
    cacheSize = 500,
  ) {
    this.#cache = new BoundedCache(cacheSize, 10 * 60_000);
    core.datasets.onSwap(() => this.#cache.clear());
  }

  /** Whether a command's answer depends only on the dataset, the day, the language and its arguments. */
  cacheable(name: string): boolean {
    const def = this.core.registry.get(name);
    return Boolean(def?.tool) && !SLOW_COMMANDS.has(def!.name);
  }

  /**
   * The answer from the cache, without waiting: the hot path of a busy bot (no promise, no timer).
   * The core does not run, so its observers do not count this answer; it is counted here.
   */
  cached(name: string, args: Args, call: CallContext): Answer | undefined {
    if (!this.cacheable(name)) return undefined;
    const hit = this.#cache.get(this.#key(name, args, call));
    if (hit) this.#hits(this.core.registry.get(name)!.name).inc();
    return hit;
  }

  readonly #hitCounters = new Map<string, { inc(): void }>();
  #hits(name: string): { inc(): void } {
    let c = this.#hitCounters.get(name);
    if (!c) this.#hitCounters.set(name, (c = this.metrics.commands.labels({ name, outcome: 'ok' })));
    return c;
  }

  /** The rendered answer to a command; never throws (a failure becomes a polite ephemeral error). */
  async command(name: string, args: Args, call: CallContext): Promise<Answer> {
    try {
      return await this.#command(name, args, call);
    } catch (err) {
      return this.#failed(err, call.locale);
    }
  }

  /** The rendered answer to a mention's text; never throws. */
  async text(text: string, call: CallContext): Promise<Answer> {
    try {
      return await this.#render(await this.core.handleText(text, call));
    } catch (err) {
      return this.#failed(err, call.locale);
    }
  }

  #failed(err: unknown, locale: Locale): Answer {
    this.log.error({ err: (err as Error)?.message }, 'discord: rendering an answer failed');
    const text = locale === 'de'
      ? 'Entschuldigung, bei der Antwort ist etwas schiefgegangen. Bitte versuche es noch einmal.'
      : 'Sorry, something went wrong while answering. Please try again.';
    const reply = errorReply(locale, text);
    return { reply: { kind: 'error', ephemeral: true }, messages: renderReply(reply) };
  }

  async #command(name: string, args: Args, call: CallContext): Promise<Answer> {
    const hit = this.cached(name, args, call);
    if (hit) return hit;
    const key = this.cacheable(name) ? this.#key(name, args, call) : undefined;
    const answer = await this.#render(await this.core.run(name, args, call));
    if (key && answer.reply.kind === 'answer') this.#cache.set(key, answer);
    return answer;
  }

  async #render(reply: Reply): Promise<Answer> {
    let chartPng: Buffer | undefined;
    const draw = reply.chart ? this.renderChart() : undefined;
    if (reply.chart && draw) {
      try {
        chartPng = await draw(reply.chart);
      } catch (err) {
        // The text alternative stays in the message; a broken chart never costs the answer.
        this.log.warn({ err: (err as Error).message }, 'discord: chart rendering failed; sending the text alternative');
      }
    }
    return { reply: { kind: reply.kind, ...(reply.ephemeral ? { ephemeral: true } : {}) }, messages: renderReply(reply, chartPng ? { chartPng } : {}) };
  }

  #key(name: string, args: Args, call: CallContext): string {
    // The UTC day number: answers such as "upcoming events" change with the date, not the hour.
    const day = Math.floor((call.now?.getTime() ?? Date.now()) / 86_400_000);
    let key = `${this.core.datasets.current().meta.version}|${day}|${call.locale}|${name.toLowerCase()}`;
    for (const k of Object.keys(args).sort()) key += `\u0001${k}=${args[k] ?? ''}`;
    return key;
  }
}
