// Charts by address behind a load balancer: the replica that linked a chart is not always the one
// the platform fetches it from, and a restarted replica has forgotten what it linked. Specs shared
// through the store (chart_specs) let every replica serve every address; a row that does not hash
// to its address is not drawn.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ChartImages } from '../../src/charts/images.js';
import type { ChartSpec } from '../../src/reply/model.js';
import type { Store } from '../../src/store/index.js';
import { storeFixture, type StoreFixture } from '../store/helpers.js';
import { shouldRunPg } from '../store/pg-helper.js';

const spec: ChartSpec = { kind: 'bar', title: 'Reserves', unit: 't', bars: [{ label: 'China', value: 44_000_000 }, { label: 'Brazil', value: 11_000_000 }], alt: 'China 44 million t, Brazil 11 million t', locale: 'en' };
// The drawing is not under test here: a PNG stand-in naming the spec's title and first bar.
const render = async (s: ChartSpec): Promise<Buffer> => Buffer.from(`png:${s.title}:${s.bars[0]?.label}`);

const servers: Server[] = [];
let fixture: StoreFixture | undefined;
afterEach(async () => {
  for (const s of servers.splice(0)) await new Promise((r) => s.close(r));
  await fixture?.cleanup();
  fixture = undefined;
});

async function serve(images: ChartImages): Promise<string> {
  const server = createServer((req, res) => {
    if (!images.handle(req, res)) res.writeHead(404).end();
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function stored(store: Store, id: string): Promise<void> {
  for (let i = 0; i < 200 && (await store.getChartSpec(id)) === null; i++) await new Promise((r) => setTimeout(r, 10));
}

const kinds = (await shouldRunPg()) ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const);

describe.each(kinds)('chart addresses shared by replicas (%s)', (kind) => {
  it('another replica and a restarted one serve a chart linked by the first; unknown and tampered ids get 404', async () => {
    fixture = await storeFixture(kind);
    const [a, b] = [await fixture.open(), await fixture.open()];
    const linker = new ChartImages({ baseUrl: 'https://bot.example', render, shared: a });
    const link = linker.url(spec);
    const path = new URL(link).pathname;
    const id = /([0-9a-f]{32})\.png$/.exec(path)![1]!;
    await stored(a, id);

    const other = await serve(new ChartImages({ baseUrl: 'https://bot.example', render, shared: b }));
    const res = await fetch(`${other}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('immutable');
    expect(await res.text()).toBe('png:Reserves:China');

    const alone = await serve(new ChartImages({ baseUrl: 'https://bot.example', render }));
    expect((await fetch(`${alone}${path}`)).status).toBe(404);
    expect((await fetch(`${other}/charts/${'0'.repeat(32)}.png`)).status).toBe(404);

    // A row whose spec does not hash to its id (edited behind our back) is not drawn.
    const forged = 'f'.repeat(32);
    await a.putChartSpec(forged, JSON.stringify({ ...spec, bars: [{ label: 'Atlantis', value: 1 }] }), new Date());
    expect((await fetch(`${other}/charts/${forged}.png`)).status).toBe(404);
  });
});
