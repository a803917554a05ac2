// The pre-dispatch shortcut (commands.ts preDispatchShortcut) on a real Bolt app receiving signed
// HTTP requests: verified slash commands from the bot token's workspace, by users whose language is
// known, answered offline in the ack without Bolt's dispatch; everything else refused or handled
// exactly as Bolt does (unsigned, badly signed, stale, future, other or revoked workspaces,
// deferred commands), and an answer computed but not sendable in the ack runs once.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { postSigned, signature, slashBody } from '../fakes/slack/sign.js';
import { eventBody } from '../fakes/slack/sign.js';
import { SECRET, startHarness, type Harness } from './harness.js';

let h: Harness;
let dispatched = 0;
const ran: string[] = [];

beforeAll(async () => {
  // Reply cache off: every answer below is computed, as on the bench's distinct workload.
  h = await startHarness({ replyCacheEntries: 0 });
  h.core.onCommand((e) => ran.push(e.name));
  // Bolt's global middleware sees every request Bolt dispatches.
  h.slack.app.use(async ({ next }) => {
    dispatched++;
    await next();
  });
  // The first command of a user goes through Bolt (users.info); later ones may take the shortcut.
  expect((await h.command({ command: '/hello', user_id: 'U0ALICE' })).status).toBe(200);
  expect((await h.command({ command: '/hello', user_id: 'U0HANS' })).status).toBe(200);
});
afterAll(async () => {
  await h.close();
});

/** Sends a command and says whether Bolt dispatched it and whether the core ran it. */
async function send(body: string, o: { secret?: string; timestamp?: number; signature?: string } = {}): Promise<{ status: number; text: string; viaBolt: boolean; ran: boolean }> {
  const d = dispatched;
  const r = ran.length;
  const res = await postSigned(h.url, body, { secret: o.secret ?? SECRET, ...(o.timestamp !== undefined ? { timestamp: o.timestamp } : {}), ...(o.signature ? { signature: o.signature } : {}) });
  return { status: res.status, text: res.text, viaBolt: dispatched > d, ran: ran.length > r };
}

describe('the pre-dispatch shortcut', () => {
  it('answers a verified command from the token\'s workspace in the ack, without Bolt\'s dispatch, in the user\'s language', async () => {
    const en = await send(slashBody({ command: '/echo', text: 'fast path', user_id: 'U0ALICE' }));
    expect(en).toMatchObject({ status: 200, viaBolt: false, ran: true });
    expect(en.text).toContain('You said: fast path');
    const de = await send(slashBody({ command: '/hello', user_id: 'U0HANS' }));
    expect(de).toMatchObject({ status: 200, viaBolt: false });
    expect(JSON.parse(de.text).text).toBe('Lodestone: Hallo!');
    // The same answer Bolt's listener gives.
    const viaBolt = await startHarness({ replyCacheEntries: 0, app: { preDispatchCache: false } });
    try {
      await viaBolt.command({ command: '/echo', text: 'x', user_id: 'U0ALICE' });
      const same = await viaBolt.command({ command: '/echo', text: 'fast path', user_id: 'U0ALICE' });
      expect(same.text).toBe(en.text);
    } finally {
      await viaBolt.close();
    }
  });

  it('refuses unsigned, badly signed, stale and future requests with 401 before running anything', async () => {
    const body = slashBody({ command: '/echo', text: 'forged', user_id: 'U0ALICE' });
    const now = Math.floor(Date.now() / 1000);
    const cases = [
      await send(body, { secret: 'not-the-secret' }),
      await send(body, { signature: 'v0=' + '0'.repeat(64) }),
      await send(body, { signature: signature(SECRET, now, body).replace('v0=', 'v1=') }),
      await send(body, { timestamp: now - 6 * 60 }),
      await send(body, { timestamp: now + 6 * 60 }),
    ];
    for (const c of cases) expect(c).toMatchObject({ status: 401, viaBolt: false, ran: false });
    const unsigned = await fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
    expect(unsigned.status).toBe(401);
    await unsigned.text();
    // Still inside the window: answered.
    expect(await send(body, { timestamp: now - 4 * 60 })).toMatchObject({ status: 200, viaBolt: false, ran: true });
  });

  it('leaves a command from another workspace to Bolt', async () => {
    const other = await send(slashBody({ command: '/echo', text: 'elsewhere', user_id: 'U0ALICE', team_id: 'T0OTHER' }));
    expect(other.viaBolt).toBe(true);
  });

  it('leaves deferred commands and unknown users to Bolt', async () => {
    expect((await send(slashBody({ command: '/digest', text: 'list', user_id: 'U0ALICE' }))).viaBolt).toBe(true);
    expect((await send(slashBody({ command: '/echo', text: 'who', user_id: 'U0ADMIN' }))).viaBolt).toBe(true);
    expect((await send(slashBody({ command: '/echo', text: 'who', user_id: 'U0ADMIN' }))).viaBolt).toBe(false);
  });

  it('hands an answer with follow-up messages to Bolt, which sends it without running the command again', async () => {
    const run = vi.spyOn(h.core.registry.get('long')!, 'run');
    const res = await send(slashBody({ command: '/long', text: '12', user_id: 'U0ALICE', response_url: h.fake.respondUrl('handover') }));
    expect(res).toMatchObject({ status: 200, viaBolt: true });
    await h.fake.until(() => h.fake.responds.some((r) => r.id === 'handover'));
    expect(run).toHaveBeenCalledTimes(1);
    run.mockRestore();
  });

  it('leaves the workspace to Bolt once it revoked the bot token', async () => {
    const res = await postSigned(h.url, eventBody({ type: 'tokens_revoked', tokens: { bot: ['U0LODESTONE'] }, event_ts: '1760000000.000301' }), { secret: SECRET });
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 50));
    expect((await send(slashBody({ command: '/echo', text: 'after revocation', user_id: 'U0ALICE' }))).viaBolt).toBe(true);
  });
});
