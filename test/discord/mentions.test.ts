// Mentions end to end: MESSAGE_CREATE through the fake gateway, answered as a reply to the message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandServices } from '../../src/commands/types.js';
import { startHarness, strings, type Harness } from './harness.js';

/** An ask service that echoes what it was asked and in which language. */
const services: CommandServices = {
  ask: (question, ctx) => Promise.resolve({
    kind: 'answer', locale: ctx.locale, title: ctx.locale === 'de' ? 'Antwort' : 'Answer',
    blocks: [`${ctx.locale};${question};${ctx.channel?.threadId ?? '-'}`], sources: [],
  }),
};

describe('discord mentions without the Message Content intent', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ services });
  });
  afterAll(async () => {
    await h?.close();
  });

  const replyTo = (messageId: string) => h.fake.rest.waitFor((r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path) && r.body?.message_reference?.message_id === messageId);

  it('answers a mention as a reply to the message, pinging nobody', async () => {
    const m = h.message({ content: `<@${h.fake.bot.id}> how large are Brazil's reserves?`, mentions: [h.fake.bot] });
    const r = await replyTo(String(m.id));
    expect(r.path).toBe(`/channels/${h.fake.text.id}/messages`);
    expect(r.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(r.body.message_reference).toMatchObject({ message_id: m.id, channel_id: h.fake.text.id, guild_id: h.fake.guild.id, fail_if_not_exists: false });
    expect(r.body.embeds[0].description).toBe('en;how large are Brazil\'s reserves?;-');
  });

  it('answers a German question in German', async () => {
    const m = h.message({ content: `<@${h.fake.bot.id}> wie groß sind die Reserven von Vietnam?`, mentions: [h.fake.bot] });
    const r = await replyTo(String(m.id));
    expect(r.body.embeds[0].title).toBe('Antwort');
    expect(r.body.embeds[0].description).toMatch(/^de;wie groß sind die Reserven von Vietnam\?/);
  });

  it('answers in the thread when the message is in one', async () => {
    const m = h.message({ channel: h.fake.thread, content: `<@!${h.fake.bot.id}> reserves of china?`, mentions: [h.fake.bot] });
    const r = await replyTo(String(m.id));
    expect(r.path).toBe(`/channels/${h.fake.thread.id}/messages`);
    expect(r.body.embeds[0].description).toBe(`en;reserves of china?;${h.fake.thread.id}`);
  });

  it('replies to a bare mention with a hint, as plain text with link previews suppressed', async () => {
    const m = h.message({ content: `<@${h.fake.bot.id}>`, mentions: [h.fake.bot] });
    const r = await replyTo(String(m.id));
    expect(r.body.embeds).toBeUndefined();
    expect(r.body.content).toMatch(/\/help/);
    expect(r.body.flags).toBe(4);
    expect(r.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('answers DMs without a mention', async () => {
    const m = h.message({ guild: undefined, channel: h.fake.dm, content: 'how large are China\'s reserves?' });
    const r = await replyTo(String(m.id));
    expect(r.path).toBe(`/channels/${h.fake.dm.id}/messages`);
    expect(r.body.message_reference.guild_id).toBeUndefined();
  });

  it('neutralises @everyone, @here and role or user mentions in the answer', async () => {
    const m = h.message({ content: `<@${h.fake.bot.id}> @everyone @here <@&${h.fake.guild.id}> <@${h.fake.human.id}> hi`, mentions: [h.fake.bot] });
    const r = await replyTo(String(m.id));
    const text = strings(r.body.embeds).join('\n');
    expect(text).not.toMatch(/@(everyone|here)/);
    expect(text).not.toMatch(/<@[&!]?\d+>/);
    expect(r.body.allowed_mentions.parse).toEqual([]);
  });

  it('ignores messages that do not mention it, messages from bots, and a reply to it without a mention', async () => {
    const before = h.fake.rest.requests.length;
    h.message({ content: 'hello everyone' });
    h.message({ author: { id: '1', username: 'otherbot', bot: true }, content: `<@${h.fake.bot.id}> hi`, mentions: [h.fake.bot] });
    h.message({ content: 'and what about Vietnam?', replyTo: { id: '123456789012345678', author: h.fake.bot } });
    // A mention dispatched afterwards is answered; the three before it were not.
    const m = h.message({ content: `<@${h.fake.bot.id}> ok?`, mentions: [h.fake.bot] });
    await replyTo(String(m.id));
    const posted = h.fake.rest.requests.slice(before).filter((r) => r.method === 'POST' && r.path.endsWith('/messages'));
    expect(posted).toHaveLength(1);
  });
});

describe('discord mentions with the Message Content intent', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ services, env: { DISCORD_MESSAGE_CONTENT: 'true' } });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('asks for the privileged intent in IDENTIFY', () => {
    const identify = h.fake.gateway.received.find((r) => r.op === 2);
    expect(identify!.d.intents & (1 << 15)).toBe(1 << 15);
  });

  it('treats a reply to one of its answers as a follow-up question, without a new mention', async () => {
    const m = h.message({ content: 'and what about Vietnam?', replyTo: { id: '123456789012345678', author: h.fake.bot } });
    const r = await h.fake.rest.waitFor((x) => x.method === 'POST' && x.body?.message_reference?.message_id === m.id);
    expect(r.body.embeds[0].description).toBe('en;and what about Vietnam?;-');
  });
});

describe('discord without the Message Content intent enabled in the portal', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ services, env: { DISCORD_MESSAGE_CONTENT: 'true' }, beforeStart: (f) => { f.gateway.refusePrivileged = true; } });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('falls back to connecting without it (close 4014) and still answers mentions', async () => {
    const identifies = h.fake.gateway.received.filter((r) => r.op === 2);
    expect(identifies).toHaveLength(2);
    expect(identifies[0]!.d.intents & (1 << 15)).toBe(1 << 15);
    expect(identifies[1]!.d.intents & (1 << 15)).toBe(0);
    expect(h.bot.messageContent).toBe(false);
    expect(h.bot.isReady()).toBe(true);
    const m = h.message({ content: `<@${h.fake.bot.id}> how large are China's reserves?`, mentions: [h.fake.bot] });
    const r = await h.fake.rest.waitFor((x) => x.method === 'POST' && x.body?.message_reference?.message_id === m.id);
    expect(r.body.embeds[0].description).toBe("en;how large are China's reserves?;-");
  });
});
