// Mentions: "@Lodestone how large are Brazil's reserves?" is answered in the message's thread.
// Bots (including this one) are ignored, and an event is answered once: Slack redelivers an event
// it thinks went unacknowledged (x-slack-retry-num), so handled event ids are remembered.
import type { App, Context } from '@slack/bolt';
import type { WebClient } from './client.js';
import type { Reply } from '../../reply/model.js';
import { BoundedCache } from '../../util/bounded-cache.js';
import { sendChart } from './charts.js';
import { isPrivate, slackRenderOptions } from './render-answer.js';
import { unescapeSlack } from './escape.js';
import { AppMentionEvent, DirectMessageEvent } from './payloads.js';
import { answerButtons, withButtons } from './buttons.js';
import { renderReply } from './render.js';
import { callContext, type SlackRuntime } from './runtime.js';
import { describe } from './users.js';

/** Removes mentions of the bot (and, when its id is not known yet, any leading mention). */
export function stripBotMention(text: string, botUserId: string | undefined): string {
  const own = botUserId ? new RegExp(`<@${botUserId.replace(/[^A-Z0-9]/gi, '')}(\\|[^>]*)?>`, 'g') : /^\s*<@[A-Z0-9]+(\|[^>]*)?>/i;
  return text.replace(own, ' ').replace(/\s+/g, ' ').trim();
}

export function registerMentions(app: App, rt: SlackRuntime, seen = new BoundedCache<string, true>(20_000, 60 * 60_000)): void {
  const once = (eventId: unknown, e: { channel: string; ts: string }): boolean => {
    // Keyed by event id and by message, so neither a retry nor a duplicate delivery answers twice.
    const keys = [typeof eventId === 'string' ? `id:${eventId}` : undefined, `msg:${e.channel}:${e.ts}`].filter((k): k is string => Boolean(k));
    if (keys.some((k) => seen.has(k))) {
      rt.log.debug({ eventId }, 'slack message already handled; ignoring the redelivery');
      return false;
    }
    for (const k of keys) seen.set(k, true);
    return true;
  };
  // Direct messages with the bot: every message is a question, answered in the DM (in its thread
  // when it was written in one). Message subtypes (edits, joins, bot posts) are not questions.
  app.event('message', async ({ event, body, client, context }) => {
    const parsed = DirectMessageEvent.safeParse(event);
    if (!parsed.success || parsed.data.subtype) return;
    const e = parsed.data;
    if (!once((body as { event_id?: unknown }).event_id, e)) return;
    await rt.inFlight.track(answerMention(rt, { ...e, type: 'app_mention' }, answerer(client, context), true));
  });
  app.event('app_mention', async ({ event, body, client, context }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    const parsed = AppMentionEvent.safeParse(event);
    if (!parsed.success) return;
    const e = parsed.data;
    if (!once(eventId, e)) return;
    await rt.inFlight.track(answerMention(rt, e, answerer(client, context)));
  });
}

/** Who answers: the request's client and bot user, authorized for the event's workspace. */
interface Answerer {
  client: WebClient;
  botUserId?: string | undefined;
}

const answerer = (client: WebClient, context: Context): Answerer => ({ client, botUserId: context.botUserId });

/** Answers a mention in its thread; a DM in the DM itself (in its thread only when it was in one). */
async function answerMention(rt: SlackRuntime, e: AppMentionEvent, by: Answerer, inDm = false): Promise<void> {
  const client = by.client;
  const botUserId = by.botUserId ?? (await rt.botUserId());
  if (e.bot_id || e.subtype === 'bot_message' || !e.user || e.user === botUserId) return;
  const threadTs = inDm ? e.thread_ts : (e.thread_ts ?? e.ts);
  try {
    const question = unescapeSlack(stripBotMention(e.text, botUserId));
    const call = await callContext(rt, e.user, { channelId: e.channel, workspaceId: e.team, threadId: threadTs });
    const reply: Reply = await rt.core.handleText(question || '/help', call);
    const buttons = reply.kind === 'answer' && !isPrivate(reply) && question ? answerButtons(reply, { question }) : undefined;
    const messages = withButtons(renderReply(rt.style.present(reply), slackRenderOptions(rt)), buttons);
    // Errors, refusals and subscription changes are for the asker only (Reply.ephemeral), in the thread.
    const onlyAsker = isPrivate(reply);
    for (const m of messages) {
      if (onlyAsker) {
        await client.chat.postEphemeral({ channel: e.channel, user: e.user, ...(threadTs ? { thread_ts: threadTs } : {}), ...m } as Parameters<typeof client.chat.postEphemeral>[0]);
      } else {
        await client.chat.postMessage({ channel: e.channel, ...(threadTs ? { thread_ts: threadTs } : {}), ...m, parse: 'none', link_names: false } as Parameters<typeof client.chat.postMessage>[0]);
      }
    }
    if (reply.chart && !isPrivate(reply) && !rt.chartImages) {
      await sendChart(client, rt.charts, { channel: e.channel, threadTs, chart: reply.chart }, rt.log);
    }
  } catch (error) {
    rt.log.error({ err: describe(error), channel: e.channel }, 'slack mention could not be answered');
  }
}
