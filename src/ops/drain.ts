// Draining an HTTP server at shutdown: stop accepting, let requests already received finish (each
// answered with `connection: close`), close keep-alive sockets as soon as they are idle, and destroy
// what is still open at the deadline, so a slow or stuck client can never hold the process.
import type { Server } from 'node:http';

/** Header and request budgets in seconds, not Node's five minutes: Slack gives up after three. */
export const HEADERS_TIMEOUT_MS = 10_000;
export const REQUEST_TIMEOUT_MS = 15_000;
export const KEEP_ALIVE_TIMEOUT_MS = 5_000;

export function bound<S extends Server>(server: S, o: { headersMs?: number; requestMs?: number; keepAliveMs?: number } = {}): S {
  server.headersTimeout = o.headersMs ?? HEADERS_TIMEOUT_MS;
  server.requestTimeout = o.requestMs ?? REQUEST_TIMEOUT_MS;
  server.keepAliveTimeout = o.keepAliveMs ?? KEEP_ALIVE_TIMEOUT_MS;
  return server;
}

/** Resolves when the server has closed; returns how many connections had to be destroyed. */
export async function drain(server: Server, graceMs: number): Promise<number> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  const noKeepAlive = (_req: unknown, res: { setHeader(n: string, v: string): void; headersSent: boolean }): void => {
    if (!res.headersSent) res.setHeader('connection', 'close');
  };
  server.on('request', noKeepAlive);
  server.closeIdleConnections();
  // A response that finishes leaves its socket idle; close those promptly rather than after keep-alive.
  const sweep = setInterval(() => server.closeIdleConnections(), 50);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'deadline'>((resolve) => { timer = setTimeout(() => resolve('deadline'), graceMs); });
  try {
    if ((await Promise.race([closed.then(() => 'closed' as const), deadline])) === 'closed') return 0;
    const open = await new Promise<number>((resolve) => server.getConnections((_e, n) => resolve(n ?? 0)));
    server.closeAllConnections();
    await closed;
    return open;
  } finally {
    clearInterval(sweep);
    clearTimeout(timer);
    server.off('request', noKeepAlive);
  }
}
