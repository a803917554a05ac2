// The App Home tab: what Lodestone is, the language it answers this user in, examples to try, and
// the digest subscriptions of the user's channels with their last delivery (home-subscriptions.ts).
// Published with views.publish whenever the user opens the tab, so it is never stale.
import type { App } from '@slack/bolt';
import type { Locale } from '../../reply/model.js';
import type { SlackBlock } from './blocks.js';
import { mrkdwn } from './blocks.js';
import { escapeMrkdwn } from './escape.js';
import { AppHomeOpenedEvent } from './payloads.js';
import type { WebClient } from './client.js';
import { subscriptionBlocks, subscriptionsOfUser, type HomeSubscription } from './home-subscriptions.js';
import { callContext, type SlackRuntime } from './runtime.js';
import { describe } from './users.js';

/** Block Kit allows 100 blocks in a view. */
const MAX_VIEW_BLOCKS = 100;

const TEXT: Record<Locale, { title: string; language: string; intro: string; examples: string; subscriptions: string }> = {
  en: {
    title: 'Lodestone',
    language: 'Lodestone answers you in *English*, the language of your Slack settings. Questions written in German are answered in German.',
    intro: 'Sourced answers on rare earths, critical minerals and the October 2025 Asia summits. Ask in this app\'s *Messages* tab, mention @Lodestone in a channel, or use the command:',
    examples: 'Examples',
    subscriptions: 'Daily digests in your channels',
  },
  de: {
    title: 'Lodestone',
    language: 'Lodestone antwortet dir auf *Deutsch*, der Sprache deiner Slack-Einstellungen. Englische Fragen werden auf Englisch beantwortet.',
    intro: 'Belegte Antworten zu Seltenen Erden, kritischen Rohstoffen und den Asien-Gipfeln im Oktober 2025. Frag im Tab *Nachrichten* dieser App, erwähne @Lodestone in einem Kanal oder nutze den Befehl:',
    examples: 'Beispiele',
    subscriptions: 'Tägliche Digests in deinen Kanälen',
  },
};

const EXAMPLES: Record<Locale, string[]> = {
  en: ['/reserves china', '/element Nd', '/summit trump xi', '/digest subscribe 08:00 Europe/Berlin en', 'How large are Brazil\'s reserves?'],
  de: ['/reserves china', '/element Nd', '/summit trump xi', '/digest subscribe 08:00 Europe/Berlin de', 'Wie groß sind die Reserven von Brasilien?'],
};

export async function homeView(rt: SlackRuntime, userId: string, channelId: string, teamId: string | undefined, client: WebClient = rt.client): Promise<{ type: 'home'; blocks: SlackBlock[] }> {
  const call = await callContext(rt, userId, { channelId, workspaceId: teamId });
  const t = TEXT[call.locale];
  const spell = (e: string): string => (e.startsWith('/') && rt.style.mode === 'single' ? `/${rt.style.command} ${e.slice(1)}` : e);
  const examples = EXAMPLES[call.locale].map((e) => `• \`${escapeMrkdwn(spell(e))}\``).join('\n');
  const blocks: SlackBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: t.title, emoji: true } },
    { type: 'section', text: mrkdwn(t.intro) },
    { type: 'section', text: mrkdwn(`*${t.examples}*\n${examples}`) },
    { type: 'context', elements: [mrkdwn(t.language)] },
  ];
  if (rt.store && teamId) {
    let mine: HomeSubscription[] | 'unavailable';
    try {
      mine = await subscriptionsOfUser(rt.store, client, teamId, userId);
    } catch (error) {
      rt.log.warn({ err: describe(error) }, 'slack App Home: the user\'s channels or their subscriptions could not be read');
      mine = 'unavailable';
    }
    blocks.push({ type: 'divider' }, { type: 'header', text: { type: 'plain_text', text: t.subscriptions, emoji: true } });
    for (const b of subscriptionBlocks(mine, call.locale, spell)) if (blocks.length < MAX_VIEW_BLOCKS) blocks.push(b);
  }
  return { type: 'home', blocks };
}

export function registerHome(app: App, rt: SlackRuntime): void {
  app.event('app_home_opened', async ({ event, body, client }) => {
    const parsed = AppHomeOpenedEvent.safeParse(event);
    if (!parsed.success || (parsed.data.tab && parsed.data.tab !== 'home')) return;
    const e = parsed.data;
    const team = (body as { team_id?: unknown }).team_id;
    await rt.inFlight.track((async () => {
      try {
        const view = await homeView(rt, e.user, e.channel ?? e.user, typeof team === 'string' ? team : undefined, client);
        await client.views.publish({ user_id: e.user, view: view as Parameters<typeof client.views.publish>[0]['view'] });
      } catch (error) {
        rt.log.error({ err: describe(error) }, 'slack App Home could not be published');
      }
    })());
  });
}
