// The operations endpoints on a real server (port 0): /healthz, /readyz with what is not ready,
// /metrics in Prometheus text format.
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/ops/log.js';
import { Metrics } from '../../src/ops/metrics.js';
import { startOpsServer, type OpsServer, type Readiness } from '../../src/ops/http.js';
import { LogCapture } from './helpers.js';

let server: OpsServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(readiness: () => Promise<Readiness>, metrics = new Metrics()): Promise<{ base: string; metrics: Metrics }> {
  const log = createLogger({ LOG_LEVEL: 'debug' }, new LogCapture());
  server = await startOpsServer({ host: '127.0.0.1', port: 0, log, metrics, readiness });
  return { base: `http://127.0.0.1:${server.port}`, metrics };
}

describe('operations HTTP endpoints', () => {
  it('/healthz answers 200 while the process is alive, even when not ready', async () => {
    const { base } = await start(async () => ({ ready: false, checks: { store: { ok: false } } }));
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'alive' });
  });

  it('/readyz answers 200 with the checks when everything is ready', async () => {
    const { base, metrics } = await start(async () => ({ ready: true, checks: { dataset: { ok: true, detail: 'version 1' }, store: { ok: true } } }));
    const res = await fetch(`${base}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready', checks: { dataset: { ok: true, detail: 'version 1' }, store: { ok: true } } });
    expect(await metrics.registry.getSingleMetricAsString('lodestone_ready')).toMatch(/lodestone_ready 1/);
  });

  it('/readyz answers 503 and names what is not ready', async () => {
    let slackUp = false;
    const { base, metrics } = await start(async () => ({
      ready: slackUp,
      checks: { dataset: { ok: true }, store: { ok: true }, slack: { ok: slackUp, detail: slackUp ? 'connected' : 'not connected' } },
    }));
    const res = await fetch(`${base}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'not ready', not_ready: ['slack: not connected'] });
    expect(await metrics.registry.getSingleMetricAsString('lodestone_ready')).toMatch(/lodestone_ready 0/);
    slackUp = true;
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });

  it('/metrics serves the registry in Prometheus text format with every Lodestone metric', async () => {
    const metrics = new Metrics();
    metrics.commands.inc({ name: 'reserves', outcome: 'ok' });
    metrics.commandSeconds.observe({ name: 'reserves' }, 0.002);
    metrics.deliveries.inc({ platform: 'slack', status: 'posted' });
    metrics.modelCalls.inc({ outcome: 'ok' });
    metrics.modelTokens.inc({ kind: 'prompt' }, 120);
    metrics.rateLimited.inc({ platform: 'discord' });
    metrics.datasetReloads.inc({ result: 'ok' });
    const { base } = await start(async () => ({ ready: true, checks: {} }), metrics);
    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toContain('lodestone_commands_total{name="reserves",outcome="ok"} 1');
    expect(text).toContain('lodestone_command_seconds_bucket{le="0.005",name="reserves"} 1');
    expect(text).toContain('lodestone_digest_deliveries_total{platform="slack",status="posted"} 1');
    expect(text).toContain('lodestone_model_calls_total{outcome="ok"} 1');
    expect(text).toContain('lodestone_model_tokens_total{kind="prompt"} 120');
    expect(text).toContain('lodestone_platform_rate_limited_total{platform="discord"} 1');
    expect(text).toContain('lodestone_dataset_reloads_total{result="ok"} 1');
  });

  it('unknown paths get 404, other methods 405, and a failing readiness check 500 without killing the server', async () => {
    let calls = 0;
    const { base } = await start(async () => {
      calls += 1;
      if (calls === 1) throw new Error('boom');
      return { ready: true, checks: {} };
    });
    expect((await fetch(`${base}/nope`)).status).toBe(404);
    const post = await fetch(`${base}/healthz`, { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    expect((await fetch(`${base}/readyz`)).status).toBe(500);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    expect((await fetch(`${base}/healthz`, { method: 'HEAD' })).status).toBe(200);
  });

  it('close() ends keep-alive connections so shutdown does not hang on an idle client', async () => {
    const { base } = await start(async () => ({ ready: true, checks: {} }));
    await fetch(`${base}/healthz`); // undici keeps this connection alive
    const closing = server!.close(60_000);
    await closing;
    server = undefined;
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  });
});
