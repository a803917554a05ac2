// The digest service for one-shot use without a store (`lodestone ask "/brief"`): /brief and
// /digest preview build today's digest from the dataset, exactly as the running bot would show it;
// the subscription commands, which need the store and a channel, say where they work instead.
import type { CommandContext, DigestService } from '../commands/types.js';
import { errorReply, type Reply } from '../reply/model.js';
import { buildDigest } from './digest.js';
import { buildSummitBriefing, editionsFor } from './summit.js';
import { localDate } from './schedule.js';

export function standaloneDigests(opts: { timezone: string }): DigestService {
  const today = (ctx: CommandContext): Reply => {
    const date = localDate(ctx.now, opts.timezone);
    const digest = buildDigest({ dataset: ctx.dataset, date, locale: ctx.locale, timezone: opts.timezone, previous: null }).reply;
    // The day's summit briefings follow the digest, as they would in a channel.
    const extra: string[] = [];
    for (const p of editionsFor(ctx.dataset, date, null)) {
      const ev = p.eventId ? ctx.dataset.eventById.get(p.eventId) : undefined;
      if (!ev || p.kind === 'digest' || p.kind === 'update' || p.kind === 'summit-outcome') continue;
      const b = buildSummitBriefing(ctx.dataset, ev, p.kind, date, ctx.locale);
      extra.push([b.title, ...b.blocks].filter(Boolean).join('\n'));
    }
    return { ...digest, blocks: [...digest.blocks, ...extra] };
  };
  const needsBot = (ctx: CommandContext): Promise<Reply> => Promise.resolve(errorReply(ctx.locale, ctx.locale === 'de'
    ? 'Digest-Abos gibt es im laufenden Bot (lodestone start, Slack, Discord oder die Konsole), nicht bei einer einzelnen Frage. /brief zeigt den heutigen Digest.'
    : 'Digest subscriptions live in the running bot (lodestone start: Slack, Discord or the console), not in a one-off question. /brief shows today\'s digest.', ['/brief']));
  return {
    brief: (ctx) => Promise.resolve(today(ctx)),
    preview: (ctx) => Promise.resolve(today(ctx)),
    subscribe: needsBot,
    unsubscribe: needsBot,
    list: needsBot,
    status: needsBot,
  };
}
