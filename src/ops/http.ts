// The operations endpoints on HTTP_PORT: /healthz (the process is alive), /readyz (it can answer:
// dataset loaded, store reachable, platforms connected) and /metrics (Prometheus text).
import { createServer, type Server, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from './log.js';
import type { Metrics } from './metrics.js';

export interface ReadyCheck {
  ok: boolean;
  detail?: string;
}

export interface Readiness {
  ready: boolean;
  checks: Record<string, ReadyCheck>;
}

export interface OpsServerOptions {
  host: string;
  port: number;
  log: Logger;
  metrics: Metrics;
  readiness: () => Promise<Readiness>;
  /** Further routes (chart images, src/charts/images.ts); true when it answered the request. */
  routes?: (req: IncomingMessage, res: ServerResponse) => boolean;
}

export interface OpsServer {
  readonly port: number;
  readonly host: string;
  close(graceMs?: number): Promise<void>;
}

function send(res: ServerResponse, status: number, type: string, body: string, head: boolean): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body) });
  res.end(head ? undefined : body);
}

const json = (res: ServerResponse, status: number, body: unknown, head: boolean): void =>
  send(res, status, 'application/json; charset=utf-8', `${JSON.stringify(body)}\n`, head);

export async function startOpsServer(opts: OpsServerOptions): Promise<OpsServer> {
  const { log, metrics } = opts;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (opts.routes?.(req, res)) return;
    const path = (req.url ?? '/').split('?')[0];
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      res.setHeader('allow', 'GET, HEAD');
      return json(res, 405, { error: 'method not allowed' }, head);
    }
    switch (path) {
      case '/healthz':
        return json(res, 200, { status: 'alive', uptime_s: Math.round(process.uptime()) }, head);
      case '/readyz': {
        const r = await opts.readiness();
        metrics.ready.set(r.ready ? 1 : 0);
        const notReady = Object.entries(r.checks).filter(([, c]) => !c.ok).map(([name, c]) => (c.detail ? `${name}: ${c.detail}` : name));
        return json(res, r.ready ? 200 : 503, { status: r.ready ? 'ready' : 'not ready', ...(notReady.length ? { not_ready: notReady } : {}), checks: r.checks }, head);
      }
      case '/metrics':
        return send(res, 200, metrics.registry.contentType, await metrics.registry.metrics(), head);
      default:
        return json(res, 404, { error: 'not found', endpoints: ['/healthz', '/readyz', '/metrics'] }, head);
    }
  }

  const server: Server = createServer((req, res) => {
    const started = performance.now();
    handle(req, res)
      .catch((error: unknown) => {
        log.error({ err: error, path: req.url }, 'operations endpoint failed');
        if (!res.headersSent) json(res, 500, { error: 'internal error' }, false);
        else res.destroy();
      })
      .finally(() => log.debug({ method: req.method, path: req.url, status: res.statusCode, ms: Math.round(performance.now() - started) }, 'ops http request'));
  });
  // Probes are tiny; a client that sends nothing must not hold a socket open for long.
  server.requestTimeout = 10_000;
  server.headersTimeout = 5_000;
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  log.info({ host: opts.host, port: address.port }, `operations HTTP listening on ${opts.host}:${address.port} (/healthz, /readyz, /metrics)`);

  return {
    port: address.port,
    host: opts.host,
    close: (graceMs = 2_000) =>
      new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
