// Memory bounds, chart uploads, start-up checks and graceful stop of the Slack app.
import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../src/util/bounded-cache.js';
import { UserDirectory, localeOf } from '../../src/adapters/slack/users.js';
import { createSlackApp, SlackStartError } from '../../src/adapters/slack/index.js';
import { createLogger } from '../../src/ops/log.js';
import { Metrics } from '../../src/ops/metrics.js';
import { BOT_USER_ID } from '../fakes/slack/server.js';
import { startHarness } from './harness.js';

const silent = createLogger({ LOG_LEVEL: 'silent' });

describe('BoundedCache', () => {
  it('never holds more than its bound and forgets expired entries', () => {
    let now = 0;
    const c = new BoundedCache<number, number>(100, 1_000, () => now);
    for (let i = 0; i < 10_000; i++) c.set(i, i);
    expect(c.size).toBe(100);
    expect(c.get(9_999)).toBe(9_999);
    expect(c.get(0)).toBeUndefined();
    now = 1_001;
    expect(c.get(9_999)).toBeUndefined();
  });
});

describe('UserDirectory', () => {
  it('maps Slack locales: any German variant to de, English to en, others to the default', () => {
    expect(localeOf('de-DE', 'en')).toBe('de');
    expect(localeOf('de-AT', 'en')).toBe('de');
    expect(localeOf('en-GB', 'de')).toBe('en');
    expect(localeOf('fr-FR', 'de')).toBe('de');
    expect(localeOf(undefined, 'en')).toBe('en');
  });

  it('shares one users.info among concurrent look-ups and stays within its bound', async () => {
    const asked: string[] = [];
    const client = {
      users: {
        info: async ({ user }: { user: string }) => {
          asked.push(user);
          if (user === 'U0SAME') await new Promise((r) => setTimeout(r, 20));
          return { ok: true, user: { locale: 'de-DE', is_admin: user === 'U0BOSS' } };
        },
      },
    };
    const dir = new UserDirectory({ client: () => client as never, defaultLocale: 'en', admins: ['U0LISTED'], log: silent, maxEntries: 50 });
    const same = await Promise.all(Array.from({ length: 20 }, () => dir.get('U0SAME')));
    expect(asked).toEqual(['U0SAME']);
    expect(same.every((u) => u.locale === 'de' && !u.canManageChannel)).toBe(true);
    expect((await dir.get('U0BOSS')).canManageChannel).toBe(true);
    expect((await dir.get('U0LISTED')).canManageChannel).toBe(true);
    for (let i = 0; i < 200; i++) await dir.get(`U${i}`);
    expect(dir.cached).toBeLessThanOrEqual(50);
  });
});

describe('the Slack app', () => {
  it('uploads a chart next to an in-channel answer when a renderer is configured', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000', 'hex');
    const rendered: string[] = [];
    const h = await startHarness({ app: { chartRenderer: async (spec) => (rendered.push(spec.title), png) } });
    try {
      const res = await h.command({ command: '/chart', channel_id: 'C0CHARTS' });
      expect(JSON.stringify(res.json())).toContain('China 44, Brazil 21'); // the text alternative stays
      const done = await h.fake.until(() => h.fake.callsTo('files.completeUploadExternal').find((c) => c.args.channel_id === 'C0CHARTS'));
      expect(done.args.thread_ts).toBeUndefined();
      expect(rendered).toEqual(['Reserves']);
      await h.event({ type: 'app_mention', user: 'U0ALICE', channel: 'C0CHARTS', ts: '1761200000.000100', text: `<@${BOT_USER_ID}> /chart` });
      const inThread = await h.fake.until(() => h.fake.callsTo('files.completeUploadExternal').find((c) => c.args.thread_ts === '1761200000.000100'));
      expect(inThread.args.channel_id).toBe('C0CHARTS');
      expect(rendered).toEqual(['Reserves']); // the same chart is rendered once and reused
    } finally {
      await h.close();
    }
  });

  it('keeps answering when a chart upload fails', async () => {
    const h = await startHarness({ app: { chartRenderer: async () => Buffer.from('png') } });
    try {
      h.fake.fail('files.getUploadURLExternal', { error: 'missing_scope' });
      const res = await h.command({ command: '/chart' });
      expect(res.status).toBe(200);
      await h.fake.until(() => h.fake.callsTo('files.getUploadURLExternal').length > 0);
      expect((await h.command({ command: '/hello' })).status).toBe(200);
    } finally {
      await h.close();
    }
  });

  it('refuses to start with a token Slack rejects, naming SLACK_BOT_TOKEN', async () => {
    const h = await startHarness();
    await h.close();
    const bad = await startHarness({ socket: true });
    bad.fake.validToken = 'xoxb-something_else';
    const app = createSlackApp({ core: bad.core, config: bad.config, log: silent, metrics: new Metrics(), port: 0, chartRenderer: null, socketMode: false });
    await expect(app.start()).rejects.toThrow(SlackStartError);
    await expect(app.start()).rejects.toThrow(/SLACK_BOT_TOKEN \(invalid_auth\)/);
    await bad.fake.stop();
  });

  it('finishes answers in flight before stop() resolves', async () => {
    const h = await startHarness({ app: { ackBudgetMs: 50 } });
    const res = await h.command({ command: '/slow' }, 'in-flight');
    expect(res.text).toBe('');
    await h.slack.stop();
    expect(h.fake.responds.find((r) => r.id === 'in-flight')?.body.text).toBe('Finally.');
    expect(h.slack.isReady()).toBe(false);
    await h.fake.stop();
  });
});
