// The DigestService behind /digest and /brief: subscription changes (managers only, checked
// against the platform before saving), list, status with reasons, preview and today's briefing.
import type { CommandContext, DigestService, SubscribeOptions } from '../commands/types.js';
import type { Config } from '../config.js';
import type { Logger } from '../ops/log.js';
import { errorReply, type Locale, type Reply } from '../reply/model.js';
import { formatDate } from '../reply/format.js';
import type { Store, Subscription } from '../store/index.js';
import type { Content, ContentBuilder } from './content.js';
import type { DeliveryTarget } from './delivery.js';
import { DIGEST_TEXT } from './digest-text.js';
import { nextRun } from './planner.js';
import { explainReason } from './reasons.js';
import { canonicalZone, localDate, localTime } from './schedule.js';
import { SERVICE_TEXT } from './service-text.js';
import { parseSubscribeArgs } from './validate.js';
import { parseCron } from './cadence.js';
import { lastChangeAnnounced } from '../updates/status.js';
import { quietText } from '../updates/quiet.js';

export interface ServiceDeps {
  config: Pick<Config, 'DIGEST_DEFAULT_TIME' | 'DIGEST_DEFAULT_TZ' | 'DIGEST_STALE_HOURS'>;
  store: Store;
  targets: readonly DeliveryTarget[];
  content: ContentBuilder;
  log: Logger;
  /** Called after a subscription changed (the scheduler re-syncs its cron tasks). */
  onChange?: () => void;
}

const HISTORY = 8;

export function whenText(at: Date, timezone: string, locale: Locale): string {
  const date = formatDate(localDate(at, timezone), locale);
  const time = localTime(at, timezone);
  return locale === 'de' ? `am ${date} um ${time} Uhr (${timezone})` : `on ${date} at ${time} (${timezone})`;
}

export class DigestServiceImpl implements DigestService {
  readonly #d: ServiceDeps;
  readonly #targets: Map<string, DeliveryTarget>;

  constructor(deps: ServiceDeps) {
    this.#d = deps;
    this.#targets = new Map(deps.targets.map((t) => [t.platform, t]));
  }

  #defaultZone(): string {
    return canonicalZone(this.#d.config.DIGEST_DEFAULT_TZ) ?? 'UTC';
  }

  #answer(locale: Locale, blocks: string[], extra: Partial<Reply> = {}): Reply {
    return { kind: 'answer', locale, blocks, sources: [], ephemeral: true, ...extra };
  }

  async #channelSub(ctx: CommandContext): Promise<Subscription | null> {
    const ch = ctx.channel;
    if (!ch) return null;
    return this.#d.store.findSubscription(ch.platform, ch.workspaceId ?? '', ch.channelId);
  }

  #guard(ctx: CommandContext, manage: boolean): Reply | null {
    const t = SERVICE_TEXT[ctx.locale];
    if (!ctx.channel) return errorReply(ctx.locale, t.noChannel);
    if (!this.#targets.has(ctx.channel.platform)) return errorReply(ctx.locale, t.noPlatform(ctx.channel.platform));
    if (manage && !ctx.actor?.canManageChannel) return errorReply(ctx.locale, t.notAllowed);
    return null;
  }

  #lang(locale: Locale, of: Locale): string {
    return of === 'de' ? SERVICE_TEXT[locale].german : SERVICE_TEXT[locale].english;
  }

  /** "every day at 08:00 (Europe/Berlin)", "Monday to Friday at …", or null for updates only. */
  #schedule(sub: Pick<Subscription, 'cadence' | 'time' | 'timezone'>, locale: Locale): string | null {
    const t = SERVICE_TEXT[locale];
    if (sub.cadence === 'none') return null;
    if (sub.cadence === 'weekdays') return t.weekdays(sub.time, sub.timezone);
    if (sub.cadence.startsWith('cron:')) return t.cron(sub.cadence.slice(5), sub.time, sub.timezone);
    return t.daily(sub.time, sub.timezone);
  }

  async subscribe(ctx: CommandContext, options: SubscribeOptions): Promise<Reply> {
    let opts = options;
    const t = SERVICE_TEXT[ctx.locale];
    const refused = this.#guard(ctx, true);
    if (refused) return refused;
    const channel = ctx.channel!;
    const parsed = parseSubscribeArgs([opts.time, opts.timezone, opts.locale]);
    if (!parsed.ok) {
      const msg = parsed.problem === 'time' ? t.badTime(parsed.value) : parsed.problem === 'timezone' ? t.badZone(parsed.value) : t.badLocale(parsed.value);
      return errorReply(ctx.locale, msg, parsed.suggestions.map((s) => `/digest subscribe ${s}`));
    }
    const existing = await this.#channelSub(ctx);
    const keep = existing && existing.status !== 'off' ? existing : undefined;
    // "/digest subscribe updates" alone on a channel without a digest subscribes to updates only;
    // naming a time or a schedule (re)starts the digest.
    // Quiet hours alone change only the quiet hours (and concern update posts: on a channel without a
    // subscription they subscribe it to updates).
    const onlyQuiet = opts.quiet !== undefined && !opts.time && !opts.timezone && !opts.locale && !opts.cadence && opts.skipEmpty === undefined && !opts.updates;
    if (onlyQuiet && !keep) opts = { ...opts, updates: true };
    const asksDigest = !onlyQuiet && Boolean(parsed.time || opts.cadence || !opts.updates);
    let cadence = opts.cadence ?? (keep && !(keep.cadence === 'none' && asksDigest) ? keep.cadence : asksDigest ? 'daily' : 'none');
    const cron = cadence.startsWith('cron:') ? parseCron(cadence.slice(5)) : null;
    if (cadence.startsWith('cron:') && !cron) cadence = 'daily';
    const time = cron?.time ?? parsed.time ?? keep?.time ?? this.#d.config.DIGEST_DEFAULT_TIME;
    const timezone = parsed.timezone ?? keep?.timezone ?? this.#defaultZone();
    const locale = parsed.locale ?? keep?.locale ?? ctx.locale;

    let check: Awaited<ReturnType<DeliveryTarget['checkCanPost']>>;
    try {
      check = await this.#targets.get(channel.platform)!.checkCanPost(channel);
    } catch (err) {
      this.#d.log.warn({ err: err instanceof Error ? err.message : String(err), channel: channel.channelId }, 'checkCanPost failed');
      return errorReply(ctx.locale, t.checkFailed);
    }
    if (!check.ok) return errorReply(ctx.locale, t.cannotPost(check.reason));

    const saved = await this.#d.store.saveSubscription({
      platform: channel.platform, channelId: channel.channelId, workspaceId: channel.workspaceId ?? '', time, timezone, locale, cadence,
      ...(opts.skipEmpty !== undefined ? { skipEmpty: opts.skipEmpty } : {}),
      ...(opts.updates ? { updates: true } : {}),
      ...(opts.quiet !== undefined ? { quiet: opts.quiet } : {}),
      ...(ctx.actor ? { createdBy: ctx.actor.userId } : {}),
    }, ctx.now);
    this.#d.onChange?.();
    const sub = saved.subscription;
    const lang = this.#lang(ctx.locale, locale);
    const schedule = this.#schedule(sub, ctx.locale);
    const blocks: string[] = [];
    if (schedule) {
      const fresh = saved.created || existing?.status === 'off' || (existing?.cadence === 'none' && sub.cadence !== 'none');
      blocks.push(fresh ? t.subscribed(schedule, lang) : saved.changed ? t.updated(schedule, lang) : t.unchanged(schedule, lang));
      const next = nextRun(sub, ctx.now);
      if (next) {
        const when = whenText(next.at, timezone, ctx.locale);
        blocks.push(saved.changed ? t.first(when) : t.next(when));
      }
      if (opts.skipEmpty !== undefined) blocks.push(sub.skipEmpty ? t.skipOn : t.skipOff);
      if (sub.updates) blocks.push(t.updatesOn(lang));
    } else {
      blocks.push(t.updatesOnly(lang), t.noDigest);
    }
    if (opts.quiet !== undefined) blocks.push(sub.quiet ? t.quietOn(quietText(sub.quiet), sub.timezone) : t.quietOff);
    return this.#answer(ctx.locale, blocks, { suggestions: ['/digest preview', '/digest status'] });
  }

  async unsubscribe(ctx: CommandContext, opts: { updates?: boolean } = {}): Promise<Reply> {
    const t = SERVICE_TEXT[ctx.locale];
    const refused = this.#guard(ctx, true);
    if (refused) return refused;
    const sub = await this.#channelSub(ctx);
    if (!sub || sub.status === 'off') return this.#answer(ctx.locale, [t.notSubscribed]);
    if (opts.updates && sub.cadence !== 'none') {
      await this.#d.store.saveSubscription({
        platform: sub.platform, channelId: sub.channelId, workspaceId: sub.workspaceId, time: sub.time, timezone: sub.timezone, locale: sub.locale, updates: false,
      }, ctx.now);
      this.#d.onChange?.();
      return this.#answer(ctx.locale, [t.updatesOff]);
    }
    await this.#d.store.setSubscriptionStatus(sub.id, 'off', null, ctx.now);
    this.#d.onChange?.();
    return this.#answer(ctx.locale, [t.unsubscribed]);
  }

  async list(ctx: CommandContext): Promise<Reply> {
    const t = SERVICE_TEXT[ctx.locale];
    const refused = this.#guard(ctx, false);
    if (refused) return refused;
    const ch = ctx.channel!;
    const subs = (await this.#d.store.listSubscriptions(ch.workspaceId
      ? { platform: ch.platform, workspaceId: ch.workspaceId }
      : { platform: ch.platform, channelId: ch.channelId }))
      .filter((s) => s.status !== 'off')
      .sort((a, b) => a.channelId.localeCompare(b.channelId));
    if (!subs.length) return this.#answer(ctx.locale, [t.listEmpty], { title: t.listTitle, suggestions: ['/digest subscribe'] });
    return this.#answer(ctx.locale, [], {
      title: t.listTitle,
      table: {
        columns: [t.colChannel, t.colTime, t.colZone, t.colLang, t.colStatus, t.colNext],
        rows: subs.map((s) => [
          s.channelId, s.time, s.timezone, s.locale, t[s.status],
          s.status === 'active' ? ((n) => (n ? whenText(n.at, s.timezone, ctx.locale) : '—'))(nextRun(s, ctx.now)) : '—',
        ]),
      },
    });
  }

  async status(ctx: CommandContext): Promise<Reply> {
    const t = SERVICE_TEXT[ctx.locale];
    const refused = this.#guard(ctx, false);
    if (refused) return refused;
    const sub = await this.#channelSub(ctx);
    if (!sub || sub.status === 'off') return this.#answer(ctx.locale, [t.notSubscribed], { suggestions: ['/digest subscribe'] });
    const ctxReason = { windowHours: this.#d.config.DIGEST_STALE_HOURS };
    const next = sub.status === 'active' ? nextRun(sub, ctx.now) : null;
    const last = sub.updates ? await lastChangeAnnounced(this.#d.store, sub, ctx.locale) : null;
    const fields = [
      { label: t.fieldSchedule, value: `${this.#schedule(sub, ctx.locale) ?? t.updatesOnlyShort}, ${this.#lang(ctx.locale, sub.locale)}`, inline: true },
      { label: t.fieldState, value: t[sub.status], inline: true },
      ...(next ? [{ label: t.fieldNext, value: whenText(next.at, sub.timezone, ctx.locale), inline: true }] : []),
      { label: t.fieldSince, value: formatDate(localDate(sub.createdAt, sub.timezone), ctx.locale), inline: true },
      { label: t.fieldUpdates, value: sub.updates ? t.on : t.off, inline: true },
      ...(sub.updates && sub.quiet ? [{ label: t.fieldQuiet, value: `${quietText(sub.quiet)} (${sub.timezone})`, inline: true }] : []),
      ...(sub.updates ? [{ label: t.fieldLastChange, value: last ?? t.none }] : []),
    ];
    const blocks: string[] = [];
    if (sub.status === 'paused') blocks.push(t.pausedBecause(explainReason(sub.statusReason, ctx.locale, ctxReason)));
    const history = await this.#d.store.listDeliveries(sub.id, HISTORY);
    blocks.push(history.length
      ? [t.history, ...history.map((d) => {
        const what = `${formatDate(d.editionDate, ctx.locale)} ${t.kinds[d.kind] ?? d.kind}`;
        const state = t.delivery[d.status] ?? d.status;
        const at = d.status === 'sent' && d.sentAt ? ` ${localTime(d.sentAt, sub.timezone)}` : '';
        const why = d.reason ? ` — ${explainReason(d.reason, ctx.locale, ctxReason)}` : '';
        return `• ${what}: ${state}${at}${why}`;
      })].join('\n')
      : t.noHistory);
    return this.#answer(ctx.locale, blocks, { title: t.statusTitle, fields });
  }

  async preview(ctx: CommandContext): Promise<Reply> {
    // Anyone may preview, anywhere (also the console): it posts nothing.
    const sub = await this.#channelSub(ctx);
    const active = sub && sub.status !== 'off' ? sub : null;
    const timezone = active?.timezone ?? this.#defaultZone();
    const next = active ? nextRun(active, ctx.now) : null;
    const date = next?.date ?? localDate(ctx.now, timezone);
    const reply = await this.#digest(ctx, active, date, timezone);
    const t = DIGEST_TEXT[reply.locale];
    const note = next ? t.previewNote(whenText(next.at, timezone, reply.locale)) : t.notScheduled;
    return { ...reply, title: t.previewTitle(formatDate(date, reply.locale)), blocks: [note, ...reply.blocks], ephemeral: true };
  }

  async brief(ctx: CommandContext): Promise<Reply> {
    const sub = await this.#channelSub(ctx).catch(() => null);
    const active = sub && sub.status !== 'off' ? sub : null;
    const timezone = active?.timezone ?? this.#defaultZone();
    return this.#digest(ctx, active, localDate(ctx.now, timezone), timezone);
  }

  async #digest(ctx: CommandContext, sub: Subscription | null, date: string, timezone: string): Promise<Reply> {
    const locale = sub?.locale ?? ctx.locale;
    const base: Subscription = sub ?? {
      id: '-', platform: ctx.channel?.platform ?? 'console', channelId: ctx.channel?.channelId ?? '-', workspaceId: '', time: this.#d.config.DIGEST_DEFAULT_TIME,
      timezone, locale, status: 'active', statusReason: null, effectiveFrom: ctx.now, createdBy: null, createdAt: ctx.now, updatedAt: ctx.now,
      cadence: 'daily', skipEmpty: false, updates: false, updatesFrom: null, quiet: null,
    };
    // Shown on demand even when the scheduled one would be skipped for having nothing new.
    const view = { ...base, locale, skipEmpty: false };
    const built = await this.#d.content.build(ctx.dataset, view, { kind: 'digest' }, date, { chart: false });
    const reply = (built as Content).reply;
    const plans = sub ? await this.#d.content.plans(ctx.dataset, view, date) : (await this.#d.content.plans(ctx.dataset, view, date)).filter((p) => p.kind !== 'summit-outcome');
    const extra: string[] = [];
    for (const p of plans) {
      if (p.kind === 'digest') continue;
      const b = await this.#d.content.build(ctx.dataset, view, p, date, { chart: false });
      if (b && 'reply' in b) extra.push([b.reply.title ?? '', ...b.reply.blocks.slice(0, 1)].filter(Boolean).join('\n'));
    }
    return extra.length ? { ...reply, blocks: [...reply.blocks, ...extra] } : reply;
  }
}
