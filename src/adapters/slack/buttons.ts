// Buttons under public answers: "More" (the full card, privately), "Sources" (the answer's sources,
// privately) and "Subscribe this channel" (the daily digest; the core refuses anyone who may not
// manage the channel). Clicks arrive as block_actions on the signed request URL (or Socket Mode),
// verified like every other request, and are answered through their response_url.
import type { App, RespondArguments, RespondFn } from '@slack/bolt';
import { z } from 'zod';
import type { Locale, Reply } from '../../reply/model.js';
import type { ButtonElement, SlackBlock, SlackMessage } from './blocks.js';
import { LIMITS } from './limits.js';
import { renderReply } from './render.js';
import { callContext, type SlackRuntime } from './runtime.js';
import { describe } from './users.js';

export const ACTIONS = { more: 'lodestone_more', sources: 'lodestone_sources', subscribe: 'lodestone_subscribe' } as const;

/** What a button re-runs: a command line (command + argument text) or a question. */
export type ButtonTarget = { command: string; text: string } | { question: string };

const LABELS: Record<Locale, { more: string; sources: string; subscribe: string; sourcesTitle: string }> = {
  en: { more: 'More', sources: 'Sources', subscribe: 'Subscribe this channel', sourcesTitle: 'Sources' },
  de: { more: 'Mehr', sources: 'Quellen', subscribe: 'Diesen Kanal abonnieren', sourcesTitle: 'Quellen' },
};

const MAX_VALUE = 2_000;

const button = (action_id: string, text: string, value: string): ButtonElement => ({ type: 'button', action_id, text: { type: 'plain_text', text, emoji: true }, value });

function actionsBlock(l: (typeof LABELS)[Locale], withSources: boolean, value: string): SlackBlock {
  const elements = [button(ACTIONS.more, l.more, value)];
  if (withSources) elements.push(button(ACTIONS.sources, l.sources, value));
  elements.push(button(ACTIONS.subscribe, l.subscribe, value));
  return { type: 'actions', block_id: 'lodestone_answer_actions', elements };
}

/**
 * The JSON of the actions block around its values, per labels and button set: JSON.stringify of a
 * block with a marker for the value, cut at the marker's JSON. Every answer's buttons differ only in
 * the value, which is base64url (JSON.stringify writes it as it is, in quotes); serialising the block
 * took longer than everything else done per answer to a shared reply (3 µs in a tight loop).
 */
const MARKER = '\u0000value\u0000';
const pieces = new Map<(typeof LABELS)[Locale], [string[], string[]]>();
function actionsJson(l: (typeof LABELS)[Locale], withSources: boolean, value: string): string {
  let p = pieces.get(l);
  if (!p) {
    const cut = (sources: boolean): string[] => JSON.stringify(actionsBlock(l, sources, MARKER)).split(JSON.stringify(MARKER));
    pieces.set(l, (p = [cut(false), cut(true)]));
  }
  return p[withSources ? 1 : 0].join(`"${value}"`);
}

/** The actions block for a public answer with its JSON text, or none when the target does not fit a button's value. */
export function answerActions(reply: Reply, target: ButtonTarget): { block: SlackBlock; json: string } | undefined {
  // Opaque to Slack and to anyone reading the payload: user text in a value can form no mention.
  const value = Buffer.from(JSON.stringify(target)).toString('base64url');
  if (value.length > MAX_VALUE) return undefined;
  const l = LABELS[reply.locale] ?? LABELS.en;
  const withSources = reply.sources.length > 0;
  return { block: actionsBlock(l, withSources, value), json: actionsJson(l, withSources, value) };
}

/** The actions block for a public answer, or none when the target does not fit a button's value. */
export function answerButtons(reply: Reply, target: ButtonTarget): SlackBlock | undefined {
  return answerActions(reply, target)?.block;
}

/** The messages with the buttons under the last one, when it has room for another block. */
export function withButtons(messages: SlackMessage[], actions: SlackBlock | undefined): SlackMessage[] {
  const last = messages[messages.length - 1];
  if (!actions || !last || last.blocks.length >= LIMITS.blocksPerMessage) return messages;
  return [...messages.slice(0, -1), { ...last, blocks: [...last.blocks, actions] }];
}

const Target = z.union([
  z.object({ command: z.string().min(1).max(64), text: z.string().max(MAX_VALUE) }),
  z.object({ question: z.string().min(1).max(MAX_VALUE) }),
]);

export const BlockActionsPayload = z.object({
  type: z.literal('block_actions'),
  user: z.object({ id: z.string().min(1) }),
  team: z.object({ id: z.string() }).nullish(),
  channel: z.object({ id: z.string().min(1) }).optional(),
  response_url: z.string().regex(/^https?:\/\//).optional(),
  actions: z.array(z.object({ action_id: z.string(), value: z.string().max(MAX_VALUE).optional() })).min(1),
});
type BlockActionsPayload = z.infer<typeof BlockActionsPayload>;

function parseTarget(value: string | undefined): ButtonTarget | undefined {
  if (!value) return undefined;
  try {
    const t = Target.safeParse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
    return t.success ? t.data : undefined;
  } catch {
    return undefined;
  }
}

async function sendPrivately(respond: RespondFn, reply: Reply, style: SlackRuntime['style']): Promise<void> {
  for (const m of renderReply(style.present(reply), { maxMessages: LIMITS.respondMessages })) {
    await respond({ ...m, response_type: 'ephemeral', replace_original: false } as RespondArguments);
  }
}

async function click(rt: SlackRuntime, p: BlockActionsPayload, respond: RespondFn | undefined): Promise<void> {
  const action = p.actions[0]!;
  const target = parseTarget(action.value);
  if (!target || !p.channel || !respond) return;
  const call = await callContext(rt, p.user.id, { channelId: p.channel.id, workspaceId: p.team?.id ?? undefined });
  if (action.action_id === ACTIONS.subscribe) {
    await sendPrivately(respond, await rt.core.run('digest', { _: 'subscribe' }, call), rt.style);
    return;
  }
  const reply = 'question' in target ? await rt.core.handleText(target.question, call) : await rt.core.run(target.command, { _: target.text }, call);
  if (action.action_id === ACTIONS.more) {
    await sendPrivately(respond, { ...reply, ephemeral: true }, rt.style);
  } else if (reply.sources.length) {
    await sendPrivately(respond, { kind: 'answer', locale: reply.locale, title: LABELS[reply.locale].sourcesTitle, blocks: [], sources: reply.sources, ephemeral: true }, rt.style);
  }
}

export function registerButtons(app: App, rt: SlackRuntime): void {
  app.action(/^lodestone_(more|sources|subscribe)$/, async ({ ack, body, respond }) => {
    await ack();
    const p = BlockActionsPayload.safeParse(body);
    if (!p.success) return;
    await rt.inFlight.track(click(rt, p.data, respond).catch((error: unknown) => {
      rt.log.error({ err: describe(error), action: p.data.actions[0]?.action_id }, 'slack button could not be answered');
    }));
  });
}
