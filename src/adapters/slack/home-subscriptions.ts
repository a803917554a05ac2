// The App Home's digest section: the subscriptions of the channels the viewing user is in, each with
// its last delivery. Which channels those are comes from users.conversations with `user`, on the bot
// token: Slack lists the user's public channels, and private channels, DMs and group DMs only where
// the bot is a member too — which every subscribed channel is (Lodestone posts only where it was
// invited). So no user token and no scope beyond channels:read, groups:read, im:read and mpim:read,
// which the subscribe check already needs (docs/slack.md, "Scopes").
import type { Locale } from '../../reply/model.js';
import type { Store, Subscription } from '../../store/index.js';
import type { SlackBlock } from './blocks.js';
import { mrkdwn } from './blocks.js';
import type { WebClient } from './client.js';
import { escapeMrkdwn } from './escape.js';

/** At most this many pages of 200 channels are read; the loop stops once every subscription is found. */
const MAX_PAGES = 10;
/** Subscriptions shown; the view allows 100 blocks in all. */
const MAX_SHOWN = 40;

export interface HomeSubscription {
  sub: Subscription;
  /** When its last digest was posted, or null. */
  lastSentAt: Date | null;
}

/** The workspace's subscriptions in channels `userId` is a member of (the user's own DM with the bot included). */
export async function subscriptionsOfUser(store: Store, client: WebClient, workspaceId: string, userId: string): Promise<HomeSubscription[]> {
  const subs = (await store.listSubscriptions({ platform: 'slack', workspaceId })).filter((s) => s.status !== 'off');
  if (!subs.length) return [];
  const wanted = new Set(subs.map((s) => s.channelId));
  const member = new Set<string>();
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES && member.size < wanted.size; page++) {
    const res = await client.users.conversations({
      user: userId, types: 'public_channel,private_channel,mpim,im', exclude_archived: true, limit: 200, ...(cursor ? { cursor } : {}),
    });
    for (const c of res.channels ?? []) if (c.id && wanted.has(c.id)) member.add(c.id);
    cursor = res.response_metadata?.next_cursor || undefined;
    if (!cursor) break;
  }
  const mine = subs.filter((s) => member.has(s.channelId));
  return Promise.all(mine.map(async (sub) => {
    const sent = (await store.listDeliveries(sub.id, 20)).find((d) => d.status === 'sent' && d.sentAt);
    return { sub, lastSentAt: sent?.sentAt ?? null };
  }));
}

const TEXT: Record<Locale, {
  none: string; unavailable: string; last: string; never: string; paused: string; dm: string; more: (n: number) => string; language: Record<Locale, string>;
}> = {
  en: {
    none: 'None of your channels receives the daily digest yet. To subscribe one, type in it:',
    unavailable: 'Your channels\' digests cannot be shown right now; `/digest list` in a channel shows its subscription.',
    last: 'Last digest',
    never: 'No digest posted yet',
    paused: 'Paused: `/digest status` in the channel says why.',
    dm: 'Your direct messages with Lodestone',
    more: (n) => `… and ${n} more`,
    language: { en: 'English', de: 'German' },
  },
  de: {
    none: 'Noch keiner deiner Kanäle erhält den täglichen Digest. Um einen zu abonnieren, gib dort ein:',
    unavailable: 'Die Digests deiner Kanäle können gerade nicht angezeigt werden; `/digest list` in einem Kanal zeigt sein Abonnement.',
    last: 'Letzter Digest',
    never: 'Noch kein Digest gesendet',
    paused: 'Pausiert: `/digest status` im Kanal nennt den Grund.',
    dm: 'Deine Direktnachrichten mit Lodestone',
    more: (n) => `… und ${n} weitere`,
    language: { en: 'Englisch', de: 'Deutsch' },
  },
};

/**
 * Slack shows a `<!date^…>` token in the reader's own time zone and format; the fallback (clients
 * that cannot) is UTC.
 */
function slackDate(d: Date): string {
  const fallback = `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return `<!date^${Math.floor(d.getTime() / 1000)}^{date_short_pretty}, {time}|${fallback}>`;
}

export function subscriptionBlocks(list: HomeSubscription[] | 'unavailable', locale: Locale, spell: (command: string) => string): SlackBlock[] {
  const t = TEXT[locale];
  if (list === 'unavailable') return [{ type: 'section', text: mrkdwn(t.unavailable.replace('`/digest list`', `\`${escapeMrkdwn(spell('/digest list'))}\``)) }];
  if (!list.length) return [{ type: 'section', text: mrkdwn(`${t.none}\n\`${escapeMrkdwn(spell(`/digest subscribe 08:00 Europe/Berlin ${locale}`))}\``) }];
  const blocks: SlackBlock[] = list.slice(0, MAX_SHOWN).map(({ sub, lastSentAt }) => {
    // Channel ids are Slack's own (C…, G…, D…), so the mention cannot carry user text.
    const where = sub.channelId.startsWith('D') ? t.dm : `<#${sub.channelId}>`;
    const schedule = `${escapeMrkdwn(sub.time)} ${escapeMrkdwn(sub.timezone)} · ${t.language[sub.locale]}`;
    const last = lastSentAt ? `${t.last}: ${slackDate(lastSentAt)}` : t.never;
    // The stored reason is the delivery log's wording, not a reader's: the status command explains.
    const paused = sub.status === 'paused' ? `\n${t.paused.replace('`/digest status`', `\`${escapeMrkdwn(spell('/digest status'))}\``)}` : '';
    return { type: 'section', text: mrkdwn(`*${where}* · ${schedule}\n${last}${paused}`) };
  });
  if (list.length > MAX_SHOWN) blocks.push({ type: 'context', elements: [mrkdwn(t.more(list.length - MAX_SHOWN))] });
  return blocks;
}
