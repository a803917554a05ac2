// The gateway websocket through HTTPS_PROXY. discord.js's REST takes a dispatcher (rest.ts), but its
// gateway (@discordjs/ws) builds every connection as `new WebSocket(url, [], { handshakeTimeout })`
// from the `ws` package and offers no agent or proxy option. So the `WebSocket` that @discordjs/ws
// reads from `ws` when it loads is replaced by a subclass that adds an `agent` (https-proxy-agent:
// an HTTP CONNECT tunnel, which also carries wss and ws) whenever a proxy is configured for the
// gateway's host; without one it is the plain `ws` WebSocket. This module must be evaluated before
// discord.js is loaded: it is the first import of bot.ts and index.ts, and `gatewayProxyInstalled`
// lets start-up say so if it was not.
import { createRequire } from 'node:module';
import type { Agent } from 'node:http';
import { HttpsProxyAgent } from 'https-proxy-agent';
import type { ClientOptions, WebSocket as WsWebSocket } from 'ws';
import { proxyUrlFor, type ProxySettings } from '../../ops/proxy.js';

type WsModule = { WebSocket: typeof WsWebSocket } & Record<string, unknown>;

let settings: ProxySettings = {};
const agents = new Map<string, Agent>();

function agentFor(target: string): Agent | undefined {
  const proxy = proxyUrlFor(target, settings);
  if (!proxy) return undefined;
  let agent = agents.get(proxy);
  if (!agent) agents.set(proxy, (agent = new HttpsProxyAgent(proxy)));
  return agent;
}

function install(): boolean {
  // `ws` exactly as discord.js's @discordjs/ws resolves it (each may have its own copy).
  const fromRoot = createRequire(import.meta.url);
  const fromDiscordJs = createRequire(fromRoot.resolve('discord.js'));
  const gatewayPath = fromDiscordJs.resolve('@discordjs/ws');
  const alreadyLoaded = gatewayPath in fromRoot.cache;
  const ws = createRequire(gatewayPath)('ws') as WsModule;
  const Base = ws.WebSocket;
  if ((Base as { proxied?: boolean }).proxied) return !alreadyLoaded;
  class ProxiedWebSocket extends Base {
    static proxied = true;
    constructor(address: string | URL, protocols?: string | string[] | ClientOptions, options?: ClientOptions) {
      // ws also takes (address, options).
      const [list, opts] = typeof protocols === 'object' && !Array.isArray(protocols) ? [undefined, protocols] : [protocols, options];
      const agent = agentFor(String(address));
      super(address, list, agent ? { ...opts, agent } : opts);
    }
  }
  ws.WebSocket = ProxiedWebSocket as unknown as typeof WsWebSocket;
  return !alreadyLoaded;
}

/** False if discord.js was loaded before this module, so its gateway would not see the proxy. */
export const gatewayProxyInstalled = install();

/** The proxy settings gateway connections from now on use (set when the bot is created). */
export function useGatewayProxy(s: ProxySettings): void {
  settings = { ...s };
  agents.clear();
}
