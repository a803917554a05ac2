// From a command or a mention to rendered Discord messages: the core answers, the chart (when a PNG
// renderer exists) is drawn, the embeds are rendered. A reply the core shares (its reply cache, its
// renderings per dataset version) is rendered once and its messages kept with it: no cache of our own.
import type { CallContext, CommandCore } from '../../commands/core.js';
import type { Args } from '../../commands/types.js';
import type { ChartSpec, Locale, Reply } from '../../reply/model.js';
import { errorReply } from '../../reply/model.js';
import type { Logger } from '../../ops/log.js';
import { renderReply, type RenderedMessage, type RenderOptions } from './render.js';
import type { ChartImages } from '../../charts/images.js';
import { deepFreeze } from '../../commands/reply-cache.js';

export type ChartRenderer = (spec: ChartSpec) => Promise<Buffer>;

export interface Answer {
  reply: Pick<Reply, 'kind' | 'ephemeral'>;
  messages: RenderedMessage[];
}

/** Commands whose work may take seconds (the store, briefings): always deferred on Discord. */
export const SLOW_COMMANDS: ReadonlySet<string> = new Set(['brief', 'digest']);

export class Answerer {
  /**
   * Rendered messages of shared (frozen) replies, kept as long as the reply is: the promise while the
   * first rendering (a chart) is under way, then the answer itself, so a hit is answered without a
   * promise in between.
   */
  readonly #rendered = new WeakMap<Reply, Answer | Promise<Answer>>();

  constructor(
    private readonly core: CommandCore,
    private readonly log: Logger,
    private readonly renderChart: () => ChartRenderer | undefined,
    /** Charts served by address (LODESTONE_PUBLIC_URL): an embed image URL, nothing drawn here. */
    private readonly chartImages?: ChartImages,
  ) {}

  /**
   * Whether the command is deferred at once. /ask is slow only with a language model configured: the
   * offline router answers within a millisecond, so it goes out as the response itself (a deferral
   * would cost a second REST call, the edit, which discord.js paces under the global rate limit).
   * A command that is not slow is still deferred if it runs past deferAfterMs.
   */
  isSlow(name: string): boolean {
    return SLOW_COMMANDS.has(name) || (name === 'ask' && this.core.services.ask !== undefined);
  }

  /**
   * The answer when the core has the reply cached: no command runs, so it can go out at once,
   * even for a command that would otherwise be deferred. Counted by the core.
   */
  cached(name: string, args: Args, call: CallContext): Answer | Promise<Answer> | undefined {
    const reply = this.core.cached(name, args, call);
    if (!reply) return undefined;
    const answer = this.#render(reply);
    return answer instanceof Promise ? answer.catch((err: unknown) => this.#failed(err, call.locale)) : answer;
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
    return this.#render(await this.core.run(name, args, call));
  }

  #render(reply: Reply): Answer | Promise<Answer> {
    // A frozen reply never changes (only deepFreeze freezes replies): a reply-cache entry, or one of
    // the core's renderings per dataset version (src/commands/renderings.ts), which every spelling of
    // an entity shares even with the reply cache off. Either is drawn once and the answer kept with
    // it, for exactly as long as the core keeps the reply.
    if (!Object.isFrozen(reply)) return this.#draw(reply);
    const known = this.#rendered.get(reply);
    if (known) return known;
    // Frozen like the reply, since every caller shares it (and the Responder keeps its bytes).
    const drawing = this.#draw(reply).then((a) => {
      const answer = deepFreeze(a);
      this.#rendered.set(reply, answer);
      return answer;
    });
    this.#rendered.set(reply, drawing);
    drawing.catch(() => this.#rendered.delete(reply));
    return drawing;
  }

  async #draw(reply: Reply): Promise<Answer> {
    if (reply.chart && this.chartImages) return this.#answer(reply, { chartUrl: this.chartImages.url(reply.chart) });
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
    return this.#answer(reply, chartPng ? { chartPng } : {});
  }

  #answer(reply: Reply, opts: RenderOptions): Answer {
    return { reply: { kind: reply.kind, ...(reply.ephemeral ? { ephemeral: true } : {}) }, messages: renderReply(reply, opts) };
  }
}
