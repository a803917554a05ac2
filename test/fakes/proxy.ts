// A loopback forward proxy: absolute-form requests are forwarded, CONNECT is tunnelled. It records
// every request line and, per tunnel, what the client sent through it, so a test can find a
// websocket handshake (an Upgrade request) among ordinary HTTP calls inside tunnels.
import { createServer, request as httpRequest, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';

export interface Tunnel {
  /** host:port the client asked for. */
  target: string;
  /** What the client sent through the tunnel (the first 64 KB; its requests, when not TLS). */
  sent: string;
}

export interface FakeProxy {
  readonly url: string;
  /** "GET http://…" and "CONNECT host:port", in order. */
  readonly seen: string[];
  readonly tunnels: Tunnel[];
  /** Tunnels that carried a websocket handshake. */
  websocketTunnels(): Tunnel[];
  close(): Promise<void>;
}

export async function startFakeProxy(): Promise<FakeProxy> {
  const seen: string[] = [];
  const tunnels: Tunnel[] = [];
  const open = new Set<{ destroy(): void }>();
  const server: Server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const u = new URL(req.url!);
    const fwd = httpRequest({ host: u.hostname, port: u.port, path: u.pathname + u.search, method: req.method, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode!, r.headers);
      r.pipe(res);
    });
    fwd.on('error', () => res.destroy());
    req.pipe(fwd);
  });
  server.on('connect', (req, socket, head) => {
    seen.push(`CONNECT ${req.url}`);
    const tunnel: Tunnel = { target: req.url!, sent: head.toString('latin1') };
    tunnels.push(tunnel);
    const [host, port] = req.url!.split(':');
    const upstream = connect(Number(port), host!, () => {
      open.add(socket).add(upstream);
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      // A pooled tunnel carries several requests; a websocket upgrade may follow an API call.
      socket.on('data', (c: Buffer) => {
        if (tunnel.sent.length < 65_536) tunnel.sent += c.toString('latin1', 0, Math.min(c.length, 65_536 - tunnel.sent.length));
      });
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    tunnels,
    websocketTunnels: () => tunnels.filter((t) => /^upgrade:\s*websocket/im.test(t.sent)),
    async close() {
      server.closeAllConnections();
      for (const s of open) s.destroy();
      await new Promise((r) => server.close(r));
    },
  };
}
