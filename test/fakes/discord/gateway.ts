// A gateway that speaks Discord's protocol (JSON encoding, no compression): HELLO (op 10) with a
// heartbeat interval, IDENTIFY (op 2) → READY with session_id and resume_gateway_url, then
// GUILD_CREATE for the shard's guilds; heartbeats (op 1) are ACKed (op 11); RESUME (op 6) replays
// every dispatch after the client's last sequence number and ends with RESUMED. Dispatches made
// while a session is disconnected are buffered, as Discord does, and replayed on resume.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { FakeState } from './state.js';
import { guildCreate, snowflake, user } from './payloads.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface ReceivedOp {
  op: number;
  d: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  at: number;
  shard?: number;
}

interface Session {
  id: string;
  shard: [number, number];
  seq: number;
  events: { s: number; t: string; d: unknown }[];
  ws?: WebSocket;
  intents: number;
}

export class FakeGateway {
  readonly received: ReceivedOp[] = [];
  readonly sessions = new Map<string, Session>();
  readonly connections: WebSocket[] = [];
  heartbeatInterval = 41_250;
  /** When false, RESUME is answered with INVALID_SESSION (op 9, d false). */
  acceptResume = true;
  /** When true, IDENTIFY with the Message Content intent is closed with 4014, as for an app without it enabled. */
  refusePrivileged = false;
  readonly #wss = new WebSocketServer({ noServer: true });

  constructor(private readonly state: FakeState) {
    this.#wss.on('connection', (ws) => this.#onConnection(ws));
  }

  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.#wss.handleUpgrade(req, socket, head, (ws) => this.#wss.emit('connection', ws, req));
  }

  /** The live session of `shard` (the most recent one). */
  session(shard = 0): Session | undefined {
    return [...this.sessions.values()].reverse().find((s) => s.shard[0] === shard);
  }

  #send(ws: WebSocket | undefined, payload: Json): void {
    if (ws && ws.readyState === ws.OPEN) ws.send(JSON.stringify(payload));
  }

  #onConnection(ws: WebSocket): void {
    this.connections.push(ws);
    let session: Session | undefined;
    this.#send(ws, { op: 10, d: { heartbeat_interval: this.heartbeatInterval }, s: null, t: null });
    ws.on('message', (raw) => {
      let p: Json;
      try {
        p = JSON.parse(String(raw)) as Json;
      } catch {
        ws.close(4002, 'Decode error');
        return;
      }
      this.received.push({ op: p.op, d: p.d, at: Date.now(), ...(session ? { shard: session.shard[0] } : {}) });
      switch (p.op) {
        case 1:
          this.#send(ws, { op: 11, d: null, s: null, t: null });
          break;
        case 2: {
          if (p.d?.token !== this.state.token) {
            ws.close(4004, 'Authentication failed.');
            return;
          }
          if (this.refusePrivileged && (Number(p.d.intents) & (1 << 15))) {
            ws.close(4014, 'Disallowed intent(s).');
            return;
          }
          const shard: [number, number] = p.d.shard ?? [0, 1];
          session = { id: `sess-${snowflake()}`, shard, seq: 0, events: [], ws, intents: p.d.intents };
          this.sessions.set(session.id, session);
          const guilds = [...this.state.guilds.values()].filter((g) => Number((BigInt(g.id) >> 22n) % BigInt(shard[1])) === shard[0]);
          this.dispatch('READY', {
            v: 10, user: user(this.state.bot), guilds: guilds.map((g) => ({ id: g.id, unavailable: true })), session_id: session.id,
            resume_gateway_url: this.state.gatewayUrl, shard, application: { id: this.state.applicationId, flags: 0 },
            private_channels: [], relationships: [], presences: [], geo_ordered_rtc_regions: [], guild_join_requests: [], user_settings: {}, _trace: ['fake'],
          }, session);
          for (const g of guilds) this.dispatch('GUILD_CREATE', guildCreate(g, this.state.bot), session);
          break;
        }
        case 6: {
          const s = this.sessions.get(p.d?.session_id);
          if (!this.acceptResume || !s || p.d?.token !== this.state.token) {
            this.#send(ws, { op: 9, d: false, s: null, t: null });
            return;
          }
          session = s;
          s.ws = ws;
          for (const e of s.events.filter((x) => x.s > Number(p.d.seq))) this.#send(ws, { op: 0, s: e.s, t: e.t, d: e.d });
          this.dispatch('RESUMED', { _trace: ['fake'] }, s);
          break;
        }
        default:
          break;
      }
    });
    ws.on('close', () => {
      if (session?.ws === ws) session.ws = undefined;
    });
  }

  /** Sends (or buffers, while the session is disconnected) a dispatch; returns its sequence number. */
  dispatch(t: string, d: unknown, target: Session | number = 0): number {
    const s = typeof target === 'number' ? this.session(target) : target;
    if (!s) throw new Error(`fake gateway: no session for shard ${String(target)}`);
    s.seq += 1;
    s.events.push({ s: s.seq, t, d });
    if (s.events.length > 5_000) s.events.splice(0, s.events.length - 5_000);
    this.#send(s.ws, { op: 0, s: s.seq, t, d });
    return s.seq;
  }

  /** Drops the shard's connection: with a close code (e.g. 4000), or abruptly (TCP reset) without one. */
  drop(shard = 0, code?: number): void {
    const s = this.session(shard);
    const ws = s?.ws;
    if (!ws) return;
    if (s) s.ws = undefined;
    if (code) ws.close(code, 'fake: dropped');
    else ws.terminate();
  }

  /** Asks the client to reconnect and resume (op 7). */
  requestReconnect(shard = 0): void {
    this.#send(this.session(shard)?.ws, { op: 7, d: null, s: null, t: null });
  }

  connected(shard = 0): boolean {
    return Boolean(this.session(shard)?.ws);
  }

  close(): void {
    for (const ws of this.connections) ws.terminate();
    this.#wss.close();
  }
}
