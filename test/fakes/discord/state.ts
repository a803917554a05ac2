// What the fake Discord knows: the bot, its application commands, guilds, channels, messages and
// interactions, and how each REST route reads or changes it.
import { HttpAnswer, type RecordedRequest } from './rest.js';
import { channel, role, snowflake, user, type FakeChannel, type FakeGuild, type FakeUser } from './payloads.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface StoredMessage extends Json {
  id: string;
  channel_id: string;
  author: Json;
  nonce?: string;
}

const notFound = (code: number, message: string): HttpAnswer => new HttpAnswer(404, { message, code });

export class FakeState {
  gatewayUrl = '';
  recommendedShards = 1;
  readonly token: string;
  readonly bot: FakeUser;
  readonly applicationId: string;
  readonly guilds = new Map<string, FakeGuild>();
  readonly dms = new Map<string, FakeChannel>();
  /** Application commands by scope: "global" or a guild id. */
  readonly commands = new Map<string, Json[]>();
  readonly messages = new Map<string, StoredMessage[]>();
  /** Interaction token → state of its response. */
  readonly interactions = new Map<string, { acked: boolean; original?: StoredMessage; deleted?: boolean }>();
  /** Channel id → message ids created by interactions (the "@original" and follow-ups) in order. */
  readonly interactionMessages: StoredMessage[] = [];
  /** Simulates missing permissions on POST /channels/:id/messages for these channels. */
  readonly forbiddenChannels = new Set<string>();

  constructor(opts: { token: string; bot: FakeUser; applicationId: string }) {
    this.token = opts.token;
    this.bot = opts.bot;
    this.applicationId = opts.applicationId;
  }

  addGuild(g: FakeGuild): void {
    this.guilds.set(g.id, g);
  }

  findChannel(id: string): FakeChannel | undefined {
    for (const g of this.guilds.values()) {
      const c = g.channels.find((x) => x.id === id);
      if (c) return c;
    }
    return this.dms.get(id);
  }

  #message(channelId: string, body: Json, author: Json = user(this.bot)): StoredMessage {
    return {
      id: snowflake(), channel_id: channelId, author, content: body.content ?? '', embeds: body.embeds ?? [],
      attachments: (body.attachments ?? []).map((a: Json) => ({ id: snowflake(), filename: a.filename, size: 1, url: `https://cdn.invalid/${a.filename}`, proxy_url: '' })),
      components: [], mentions: [], mention_roles: [], mention_everyone: false, pinned: false, tts: false, type: 0, flags: body.flags ?? 0,
      timestamp: new Date().toISOString(), edited_timestamp: null,
      ...(body.message_reference ? { message_reference: body.message_reference, type: 19 } : {}),
    };
  }

  #commands(scope: string): Json[] {
    let list = this.commands.get(scope);
    if (!list) this.commands.set(scope, (list = []));
    return list;
  }

  /** A command as Discord stores and returns it: ids, version and the defaults it fills in. */
  #storeCommand(scope: string, body: Json, id = snowflake()): Json {
    return {
      id, application_id: this.applicationId, version: snowflake(), type: 1, default_member_permissions: null, nsfw: false,
      name_localizations: null, description_localizations: null,
      ...(scope === 'global' ? { dm_permission: true, contexts: null, integration_types: [0] } : { guild_id: scope }),
      ...body,
    };
  }

  #listCommands(scope: string, withLocalizations: boolean): Json[] {
    return this.#commands(scope).map((c) => {
      if (withLocalizations) return c;
      const { name_localizations: _n, description_localizations: _d, ...rest } = c;
      const strip = (o: Json): Json => {
        const { name_localizations: _a, description_localizations: _b, ...r } = o;
        return { ...r, ...(o.options ? { options: o.options.map(strip) } : {}) };
      };
      return { ...rest, ...(c.options ? { options: c.options.map(strip) } : {}) };
    });
  }

  /**
   * An interaction delivered over the HTTP endpoint and answered in the HTTP response (which the
   * fake never sees): its webhook then exists, with the response as the original message.
   */
  answeredOverHttp(token: string, response: { type?: number; data?: Json }): void {
    const type = response.type;
    const original = type === 4 || type === 5 ? this.#message('interaction', type === 4 ? response.data ?? {} : { content: '', flags: (response.data as { flags?: number } | undefined)?.flags ?? 0 }) : undefined;
    this.interactions.set(token, { acked: true, ...(original ? { original } : {}) });
  }

  route(r: RecordedRequest): HttpAnswer {
    const p = r.path;
    const needsBot = !p.startsWith('/interactions/') && !p.startsWith('/webhooks/');
    if (needsBot && r.auth !== `Bot ${this.token}`) throw new HttpAnswer(401, { message: '401: Unauthorized', code: 0 });
    let m: RegExpExecArray | null;

    if (r.method === 'GET' && p === '/gateway/bot') {
      return new HttpAnswer(200, { url: this.gatewayUrl, shards: this.recommendedShards, session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 16 } });
    }
    if (r.method === 'GET' && p === '/gateway') return new HttpAnswer(200, { url: this.gatewayUrl });
    if (r.method === 'GET' && p === '/users/@me') return new HttpAnswer(200, user(this.bot));
    if (r.method === 'GET' && p === '/applications/@me') return new HttpAnswer(200, { id: this.applicationId, name: this.bot.username, flags: 0, bot: user(this.bot) });

    if ((m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands(?:\/(\d+))?$/.exec(p))) {
      if (m[1] !== this.applicationId) throw notFound(10002, 'Unknown Application');
      const scope = m[2] ?? 'global';
      const list = this.#commands(scope);
      const id = m[3];
      if (!id) {
        if (r.method === 'GET') return new HttpAnswer(200, this.#listCommands(scope, r.query.get('with_localizations') === 'true'));
        if (r.method === 'PUT') {
          const next = (r.body as Json[]).map((b) => this.#storeCommand(scope, b, list.find((c) => c.name === b.name)?.id));
          this.commands.set(scope, next);
          return new HttpAnswer(200, next);
        }
        if (r.method === 'POST') {
          const i = list.findIndex((c) => c.name === r.body.name);
          const stored = this.#storeCommand(scope, r.body, i >= 0 ? list[i]!.id : undefined);
          if (i >= 0) list[i] = stored;
          else list.push(stored);
          return new HttpAnswer(i >= 0 ? 200 : 201, stored);
        }
      }
      const i = list.findIndex((c) => c.id === id);
      if (i < 0) throw notFound(10063, 'Unknown application command');
      if (r.method === 'GET') return new HttpAnswer(200, list[i]);
      if (r.method === 'PATCH') {
        list[i] = { ...list[i], ...r.body, version: snowflake() };
        return new HttpAnswer(200, list[i]);
      }
      if (r.method === 'DELETE') {
        list.splice(i, 1);
        return new HttpAnswer(204);
      }
    }

    if ((m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(p)) && r.method === 'POST') {
      const st = this.interactions.get(m[2]!) ?? { acked: false };
      if (st.acked) throw new HttpAnswer(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
      st.acked = true;
      const type = r.body?.type;
      if (type === 4 || type === 5) st.original = this.#message('interaction', type === 4 ? r.body.data ?? {} : { content: '', flags: r.body.data?.flags ?? 0 });
      this.interactions.set(m[2]!, st);
      return new HttpAnswer(204);
    }

    if ((m = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/([^/]+))?$/.exec(p))) {
      const st = this.interactions.get(m[2]!);
      if (!st?.acked) throw notFound(10015, 'Unknown Webhook');
      const which = m[3];
      if (!which && r.method === 'POST') {
        const msg = this.#message('interaction', r.body ?? {});
        this.interactionMessages.push(msg);
        return new HttpAnswer(200, msg);
      }
      if (which === '@original') {
        if (!st.original || st.deleted) throw notFound(10008, 'Unknown Message');
        if (r.method === 'GET') return new HttpAnswer(200, st.original);
        if (r.method === 'PATCH') {
          st.original = { ...st.original, ...r.body, edited_timestamp: new Date().toISOString() };
          return new HttpAnswer(200, st.original);
        }
        if (r.method === 'DELETE') {
          st.deleted = true;
          return new HttpAnswer(204);
        }
      }
    }

    if ((m = /^\/channels\/(\d+)(\/messages|\/typing)?$/.exec(p))) {
      const c = this.findChannel(m[1]!);
      if (!c) throw notFound(10003, 'Unknown Channel');
      if (!m[2] && r.method === 'GET') return new HttpAnswer(200, channel(c));
      if (m[2] === '/typing') return new HttpAnswer(204);
      const list = this.messages.get(c.id) ?? [];
      this.messages.set(c.id, list);
      if (r.method === 'POST') {
        if (this.forbiddenChannels.has(c.id)) throw new HttpAnswer(403, { message: 'Missing Permissions', code: 50013 });
        const nonce = r.body?.nonce;
        if (nonce !== undefined && r.body.enforce_nonce) {
          const dup = list.find((x) => x.nonce === String(nonce) && x.author.id === this.bot.id);
          if (dup) return new HttpAnswer(200, dup);
        }
        const msg = this.#message(c.id, r.body ?? {});
        if (nonce !== undefined) msg.nonce = String(nonce);
        list.push(msg);
        return new HttpAnswer(200, msg);
      }
      if (r.method === 'GET') {
        // Like Discord: newest first; nonces are not part of fetched messages.
        const limit = Math.min(Number(r.query.get('limit') ?? 50), 100);
        const after = r.query.get('after');
        const before = r.query.get('before');
        let sel = [...list];
        if (after) sel = sel.filter((x) => BigInt(x.id) > BigInt(after)).slice(0, limit);
        else {
          if (before) sel = sel.filter((x) => BigInt(x.id) < BigInt(before));
          sel = sel.slice(-limit);
        }
        return new HttpAnswer(200, sel.reverse().map(({ nonce: _n, ...x }) => x));
      }
    }

    if ((m = /^\/guilds\/(\d+)(\/roles|\/members\/(\d+))?$/.exec(p)) && r.method === 'GET') {
      const g = this.guilds.get(m[1]!);
      if (!g) throw notFound(10004, 'Unknown Guild');
      if (m[2] === '/roles') return new HttpAnswer(200, g.roles.map((x, i) => role(x, i)));
      if (m[3]) {
        if (m[3] !== this.bot.id) throw notFound(10007, 'Unknown Member');
        return new HttpAnswer(200, { user: user(this.bot), roles: g.botRoles, joined_at: '2025-10-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 });
      }
      return new HttpAnswer(200, { id: g.id, name: g.name, owner_id: g.ownerId, preferred_locale: g.preferredLocale, roles: g.roles.map((x, i) => role(x, i)) });
    }

    throw notFound(0, `404: Not Found (${r.method} ${p})`);
  }
}
