// `lodestone ask`: one answer and an exit code (0 answered, 1 invalid dataset, 2 usage error).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { runAsk } from '../../src/cli/ask.js';
import type { Reply } from '../../src/reply/model.js';
import { startFakeOpenAI, text, toolResults } from '../fakes/openai/server.js';

const ROOT = resolve(import.meta.dirname, '../..');
const empty = mkdtempSync(join(tmpdir(), 'lodestone-ask-'));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

async function ask(words: string[], opts: { locale?: string; json?: boolean; offline?: boolean } = {}, env: NodeJS.ProcessEnv = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  const code = await runAsk(words, opts, { stdout, stderr, env });
  return { code, out, err };
}

describe('runAsk', () => {
  it('answers commands and questions typed the way users type them, exit 0', async () => {
    const a = await ask(['reserves', 'china']);
    expect(a.code).toBe(0);
    expect(a.out).toContain('Reserves — Rare earths: China');
    const b = await ask(['wie viel seltene erden hat china']);
    expect(b.out).toContain('China — Reserven (Seltene Erden)');
    const c = await ask(['element nd']);
    expect(c.out).toContain('Neodymium (Nd)');
  });

  it('"not found" is still an answer (exit 0); --json prints the reply object; --locale forces the language', async () => {
    const nf = await ask(['/reserves Atlantis']);
    expect(nf.code).toBe(0);
    expect(nf.out).toContain("'Atlantis'");
    const json = await ask(['/element', 'Nd'], { json: true, locale: 'de' });
    const reply = JSON.parse(json.out) as Reply;
    expect(reply.locale).toBe('de');
    expect(reply.title).toBe('Neodym (Nd)');
    const forced = await ask(['How large are Brazil\'s reserves?'], { locale: 'DE' });
    expect(forced.out).toContain('Brasilien — Reserven (Seltene Erden)');
  });

  it('/brief shows today\'s digest, in the asked language; subscriptions point at the running bot', async () => {
    const en = await ask(['/brief']);
    expect(en.code).toBe(0);
    expect(en.out).toMatch(/^Lodestone daily digest — \d{1,2} \w{3} \d{4}$/m);
    expect(en.out).not.toContain('not configured');
    const de = await ask(['/brief'], { locale: 'de' }, { DIGEST_DEFAULT_TZ: 'berlin' });
    expect(de.out).toMatch(/^Lodestone-Tagesdigest — /m);
    expect(de.out).toContain('Dein Morgenüberblick: Seltene Erden');
    const list = await ask(['/digest', 'list']);
    expect(list.out).toContain('running bot');
  });

  it('usage errors exit 2: empty text, bad --locale', async () => {
    expect((await ask([])).code).toBe(2);
    expect((await ask(['   '])).code).toBe(2);
    const bad = await ask(['/reserves china'], { locale: 'fr' });
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--locale must be en or de');
  });

  it('an invalid dataset exits 1 with the errors on stderr', async () => {
    const r = await ask(['/reserves china'], {}, { LODESTONE_DATA_DIR: empty });
    expect(r.code).toBe(1);
    expect(r.err).toContain('is invalid');
    expect(r.out).toBe('');
  });
});

describe('the installed command line', () => {
  const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli.ts'), 'ask', ...args], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, LODESTONE_LOCALE: '' }, timeout: 60_000,
  });

  it('exit codes and output through `lodestone ask`', () => {
    const ok = cli('/reserves Vietnam');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('Vietnam 3.5 million t');
    const badLocale = cli('--locale', 'xx', 'reserves china');
    expect(badLocale.status).toBe(2);
  });

  it('lodestone --version prints the package version and exits 0', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const v = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli.ts'), '--version'], { cwd: ROOT, encoding: 'utf8' });
    expect(v.status).toBe(0);
    expect(v.stdout.trim()).toBe(pkg.version);
  });
});

describe('runAsk with a language model configured', () => {
  it('answers a question through the model, --json shows the trace, --offline forces the offline answer', async () => {
    const fake = await startFakeOpenAI((req) => {
      const results = toolResults(req.body);
      if (!results.length) return { kind: 'tools', calls: [{ name: 'reserves', arguments: { country: 'Vietnam', mineral: null } }] };
      const mark = /\{\{f:(\d+)=3\.5 million t\}\}/.exec(results[0]!)![1];
      return text(`Vietnam holds {{f:${mark}}} of rare-earth reserves. It ranks second.`);
    });
    try {
      const env = { OPENAI_API_KEY: 'sk-cli-test-000000', OPENAI_BASE_URL: fake.baseURL, SLACK_BOT_TOKEN: 'half-configured' };
      const plain = await ask(['How large are Vietnam\'s reserves?'], {}, env);
      expect(plain.code).toBe(0);
      expect(plain.out).toContain('Vietnam holds 3.5 million t (USGS MCS 2026, v1.0) of rare-earth reserves.');
      expect(plain.out).not.toContain('second');
      expect(plain.out).toContain('Figures from the dataset, worded by a language model');
      expect(fake.requests).toHaveLength(2);

      const json = JSON.parse((await ask(['How large are Vietnam\'s reserves?'], { json: true }, env)).out) as Reply & { trace: Record<string, unknown> };
      expect(json.trace).toMatchObject({
        path: 'model',
        tools: [{ name: 'reserves', args: { country: 'Vietnam' }, ok: true }],
        refs: [{ text: '3.5 million t', subjects: { country: ['VN'] }, measure: 'reserves' }],
        removed: [{ sentence: 'It ranks second.', reason: 'numeric', detail: 'second (ordinal)' }],
      });

      const offline = JSON.parse((await ask(['How large are Vietnam\'s reserves?'], { json: true, offline: true }, env)).out) as Reply & { trace: Record<string, unknown> };
      expect(offline.trace).toEqual({ path: 'offline', reason: 'forced' });
      expect(fake.requests).toHaveLength(4);
    } finally {
      await fake.close();
    }
  });
});
