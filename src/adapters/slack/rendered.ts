// A reply rendered for Slack: its Block Kit messages, whether they are public, and the chart to
// upload. The first message doubles as the HTTP ack body, serialized once per rendering (a cached
// reply is rendered once, see renderedOnce in src/commands/reply-cache.ts).
import type { ChartSpec } from '../../reply/model.js';
import type { SlackMessage } from './blocks.js';

/** A rendered reply; the first message doubles as the HTTP ack body, serialized once. */
export class Rendered {
  #ackJson: string | undefined;

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
    this.#ackJson ??= JSON.stringify(this.ackPayload());
    return this.#ackJson;
  }
}
