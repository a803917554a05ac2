// Answering an interaction over REST with bodies the renderer already built: the initial callback
// (4 message, 5 deferred, 8 autocomplete), edits of the deferred @original, follow-ups, deletion.
// Interaction endpoints authenticate by the interaction token, not the bot token (auth: false).
import { Routes, type REST } from 'discord.js';
import type { Choice } from './autocomplete.js';
import { CallbackSender } from './callback.js';
import { interactionRest } from './rest.js';
import { MESSAGE_FLAGS, type MessageBody, type RenderedMessage } from './render.js';

export const CALLBACK = { Message: 4, Deferred: 5, Autocomplete: 8 } as const;

type RawFile = { name: string; data: Buffer; contentType: string };
const files = (m: RenderedMessage): { files?: RawFile[] } => (m.files ? { files: m.files } : {});

export interface InteractionRef {
  id: string;
  token: string;
  applicationId: string;
}

/** The UTF-8 JSON body of a message callback (type 4): what goes on the wire for a reply without files. */
export function callbackBody(m: RenderedMessage): Buffer {
  return Buffer.from(JSON.stringify({ type: CALLBACK.Message, data: m.body }));
}

export class Responder {
  /**
   * Serialised callback bodies of shared answers (frozen by the Answerer): a popular answer is turned
   * into JSON once, and into UTF-8 bytes once (a string body would be re-encoded on every request).
   * A one-off answer goes out as its JSON string, with no entry here.
   */
  readonly #wire = new WeakMap<RenderedMessage, Buffer>();

  /** Callbacks without files (JSON bodies): see callback.ts. */
  readonly #callbacks: CallbackSender;

  /** Edits, deletions and follow-ups: outside discord.js's global limit (rest.ts interactionRest). */
  #webhookRest: REST | undefined;

  constructor(private readonly rest: REST) {
    this.#callbacks = new CallbackSender(rest);
  }

  /** Made on first use, so it carries every request wrapper installed on `rest` by then. */
  get #hooks(): REST {
    return (this.#webhookRest ??= interactionRest(this.rest));
  }

  /** The interaction's response (type 4); resolves once Discord has it. */
  reply(i: InteractionRef, m: RenderedMessage): Promise<unknown> {
    const route = Routes.interactionCallback(i.id, i.token);
    if (m.files) return this.rest.post(route, { body: { type: CALLBACK.Message, data: m.body }, ...files(m), auth: false });
    let body: Buffer | string | undefined = this.#wire.get(m);
    if (body === undefined) {
      if (Object.isFrozen(m)) this.#wire.set(m, (body = callbackBody(m)));
      else body = JSON.stringify({ type: CALLBACK.Message, data: m.body });
    }
    return this.#callbacks.send(route, body);
  }

  defer(i: InteractionRef, ephemeral: boolean): Promise<void> {
    const body = JSON.stringify({ type: CALLBACK.Deferred, data: ephemeral ? { flags: MESSAGE_FLAGS.Ephemeral } : {} });
    return this.#callbacks.send(Routes.interactionCallback(i.id, i.token), body);
  }

  autocomplete(i: InteractionRef, choices: Choice[]): Promise<void> {
    return this.#callbacks.send(Routes.interactionCallback(i.id, i.token), JSON.stringify({ type: CALLBACK.Autocomplete, data: { choices } }));
  }

  /** Replaces the deferred "thinking…" message; its visibility was fixed when it was deferred. */
  async editOriginal(i: InteractionRef, m: RenderedMessage): Promise<void> {
    const { flags, ...rest } = m.body;
    const body: MessageBody = { ...rest, ...(flags ? { flags: flags & ~MESSAGE_FLAGS.Ephemeral } : {}) };
    if (!body.flags) delete body.flags;
    await this.#hooks.patch(Routes.webhookMessage(i.applicationId, i.token, '@original'), { body, ...files(m), auth: false });
  }

  async deleteOriginal(i: InteractionRef): Promise<void> {
    await this.#hooks.delete(Routes.webhookMessage(i.applicationId, i.token, '@original'), { auth: false });
  }

  async followUp(i: InteractionRef, m: RenderedMessage): Promise<void> {
    await this.#hooks.post(Routes.webhook(i.applicationId, i.token), { body: m.body, ...files(m), auth: false });
  }
}
