// A reply rendered for Slack: its Block Kit messages, whether they are public, and the chart to
// upload. The first message doubles as the HTTP ack body, serialized once per rendering (a cached
// reply is rendered once, see renderedOnce in src/commands/reply-cache.ts).
import type { ChartSpec } from '../../reply/model.js';
import type { SlackBlock, SlackMessage } from './blocks.js';
import { withButtons } from './buttons.js';
import { blockJson, messageJson } from './message-json.js';

/**
 * Stands in for the actions block when a shared rendering's ack JSON is cut in two (withActions).
 * It is the last element of the blocks array, and only constant fields follow it, so its last
 * occurrence in the JSON text is the one put there, whatever the reply's own text holds.
 */
const SLOT = '\u0000lodestone:actions\u0000';
const SLOT_JSON = JSON.stringify(SLOT);

/** A rendered reply; the first message doubles as the HTTP ack body, serialized once. */
export class Rendered {
  #ackJson: string | undefined;
  /** The ack JSON of this rendering, cut where an actions block under its last block goes. */
  #cut: readonly [string, string] | undefined;
  /** Set by withActions: the rendering this one adds `actions` to, whose cut ack JSON it reuses. */
  #from: { base: Rendered; actions: SlackBlock; json: string | undefined } | undefined;

  constructor(
    readonly messages: SlackMessage[],
    readonly responseType: 'ephemeral' | 'in_channel',
    readonly chart?: ChartSpec,
  ) {}

  ackPayload(): SlackMessage & { response_type: 'ephemeral' | 'in_channel' } {
    return { ...this.messages[0]!, response_type: this.responseType };
  }

  /** The ack body as JSON text (HTTP mode sends it as is, with an application/json content type). */
  ackJson(): string {
    this.#ackJson ??= this.#from ? this.#from.base.#splice(this.#from.actions, this.#from.json) : messageJson(this.messages[0]!, this.responseType);
    return this.#ackJson;
  }

  /**
   * This rendering with `actions` under its last message when that has room (withButtons). Meant
   * for renderings shared by many answers (one per frozen reply, see render-answer.ts): the
   * buttons carry what each user typed, the rest does not, so the ack JSON of the rest is kept cut
   * in two and each answer's ack is the two halves around its actions' JSON. JSON.stringify writes
   * array elements independently of each other, so the text is byte for byte what serializing the
   * whole payload would give.
   */
  withActions(actions: SlackBlock | undefined, json?: string): Rendered {
    const messages = withButtons(this.messages, actions);
    if (messages === this.messages || !actions) return this;
    const out = new Rendered(messages, this.responseType, this.chart);
    // With several messages the buttons go under the last one; the ack (the first) is this one's.
    if (this.messages.length > 1) out.#ackJson = this.ackJson();
    else out.#from = { base: this, actions, json };
    return out;
  }

  /** `json`: the actions' JSON when the caller has it (buttons.ts answerActions). */
  #splice(actions: SlackBlock, json: string | undefined): string {
    if (!this.#cut) {
      const first = this.messages[0]!;
      const text = messageJson(first, this.responseType, [...first.blocks, SLOT]);
      const at = text.lastIndexOf(SLOT_JSON);
      this.#cut = [text.slice(0, at), text.slice(at + SLOT_JSON.length)];
    }
    return this.#cut[0] + (json ?? blockJson(actions)) + this.#cut[1];
  }
}
