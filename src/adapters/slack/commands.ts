// Slash commands: the namespaced `/lodestone <command> [args]` (default) or one Slack command per
// core command (command-style.ts); a single listener routes them all through the core. Slack wants an acknowledgement within 3 seconds:
// - a command that answers quickly is acknowledged with the answer itself (ack(payload));
// - brief and digest (store, briefing builders) and questions answered by a language model are
//   acknowledged at once and answered through response_url, and so is any command still busy when
//   the ack budget runs out. Offline questions answer in the ack like any quick command.
import type { WebClient } from './client.js';
import type { App, AckFn, ReceiverEvent, RespondArguments, RespondFn } from '@slack/bolt';
import type { CommandDefinition } from '../../commands/types.js';
import type { Reply } from '../../reply/model.js';
import { errorReply } from '../../reply/model.js';
import type { SlackMessage } from './blocks.js';
import { sendChart } from './charts.js';
import { typedText } from './escape.js';
import { commandInstallQuery, type InstalledTeams } from './installed.js';
import { SlashCommandPayload, validatedCommands } from './payloads.js';
import { renderReply } from './render.js';
import type { Rendered } from './rendered.js';
import { isPrivate, renderAll } from './render-answer.js';
import { callContext, callOf, type SlackRuntime } from './runtime.js';
import { invocation } from './command-style.js';
import type { ButtonTarget } from './buttons.js';
import { describe } from './users.js';

/** Commands that may take longer than Slack's 3 seconds, or that call services. */
const DEFERRED = new Set(['brief', 'digest']);

/**
 * Acknowledged empty at once and answered through response_url. Questions (and /ask) only when a
 * language model answers them: the offline router answers within a millisecond, so its answer goes
 * out in the ack itself instead of costing a second HTTP request. Anything else still busy when
 * the ack budget runs out is deferred too.
 */
const isDeferred = (rt: SlackRuntime, def: CommandDefinition | undefined, question: boolean): boolean =>
  question || def?.name === 'ask' ? rt.core.services.ask !== undefined : def !== undefined && (DEFERRED.has(def.name) || Boolean(def.subcommands?.length));

type Outcome<T> = { done: true; value: T } | { done: false };

/**
 * Deadlines share one timer per 25 ms slot, so a burst of commands does not arm a timer each;
 * at most budget/25 timers exist at any time. A slot holds the callbacks of the commands still
 * waiting, and a command that answers in time takes its callback out. It used to race its answer
 * against the slot's promise (Promise.race), which left a reaction on that promise holding the
 * race's result, the reply, for the whole budget (2 s): at the Slack bench's distinct rate thousands
 * of replies outlived the young generation (8 distinct rounds: heap after a scavenge 96 → 88 MB,
 * main-thread scavenge time 242 → 202 ms once they were let go).
 */
const SLOT_MS = 25;
const slots = new Map<number, Set<() => void>>();
function atDeadline(ms: number, late: () => void): Set<() => void> {
  const at = Math.ceil((Date.now() + ms) / SLOT_MS) * SLOT_MS;
  let waiting = slots.get(at);
  if (!waiting) {
    const slot = (waiting = new Set());
    slots.set(at, slot);
    setTimeout(() => {
      slots.delete(at);
      for (const f of slot) f();
    }, Math.max(0, at - Date.now())).unref();
  }
  waiting.add(late);
  return waiting;
}

/** `p`'s value if it settles within `ms`, else { done: false } then; rejects as `p` does. */
function within<T>(p: Promise<T>, ms: number): Promise<Outcome<T>> {
  return new Promise<Outcome<T>>((resolve, reject) => {
    const late = (): void => resolve({ done: false });
    const slot = atDeadline(ms, late);
    p.then((value) => {
      slot.delete(late);
      resolve({ done: true, value });
    }, (error: unknown) => {
      slot.delete(late);
      reject(error);
    });
  });
}

function payload(m: SlackMessage, reply: Reply): RespondArguments {
  return { ...m, response_type: isPrivate(reply) ? 'ephemeral' : 'in_channel' } as RespondArguments;
}

const INCOMPLETE = 'Slack sent an incomplete command; please try again.';
const SORRY = {
  en: 'Sorry, something went wrong while answering. Please try again.',
  de: 'Entschuldigung, bei der Antwort ist etwas schiefgegangen. Bitte versuche es noch einmal.',
} as const;

export function registerSlashCommands(app: App, rt: SlackRuntime): void {
  app.command(/^\/.+/, async ({ command, ack, respond, client }) => {
    await rt.inFlight.track(handleCommand(rt, command, ack, respond, client));
  });
}

const commandText = (cmd: SlashCommandPayload): string => typedText(cmd.text);
const invoked = (rt: SlackRuntime, cmd: SlashCommandPayload): ReturnType<typeof invocation> =>
  invocation(rt.core.registry, rt.style, cmd.command, commandText(cmd));

/**
 * The core's cached reply to this line, when the user's language is already known (no waiting):
 * answered in the ack whatever the command, deferred ones included. The core counts it.
 */
export function cachedReply(rt: SlackRuntime, cmd: SlashCommandPayload, inv: ReturnType<typeof invocation> = invoked(rt, cmd)): { name: string; text: string; question?: boolean; reply: Reply } | undefined {
  const known = rt.users.peek(cmd.user_id);
  if (!known) return undefined;
  if (inv.question) {
    const reply = rt.core.cachedText(inv.text, { locale: known.locale });
    return reply ? { name: 'ask', text: inv.text, question: true, reply } : undefined;
  }
  const reply = inv.def ? rt.core.cached(inv.def.name, { _: inv.text }, { locale: known.locale }) : undefined;
  return reply ? { name: inv.def!.name, text: inv.text, reply } : undefined;
}

const buttonTarget = (rt: SlackRuntime, hit: { name: string; text: string; question?: boolean }): ButtonTarget | undefined =>
  hit.question ? { question: hit.text } : rt.core.registry.get(hit.name)?.tool ? { command: hit.name, text: hit.text } : undefined;

function validated(raw: unknown): SlashCommandPayload | undefined {
  const known = typeof raw === 'object' && raw !== null ? validatedCommands.get(raw) : undefined;
  if (known) return known;
  const parsed = SlashCommandPayload.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

// `client` is authorized for the command's workspace (one per installation with OAuth installs).
async function handleCommand(rt: SlackRuntime, raw: unknown, ack: AckFn<string | RespondArguments>, respond: RespondFn | undefined, client: WebClient = rt.client): Promise<void> {
  const cmd = validated(raw);
  if (!cmd) {
    await ack({ response_type: 'ephemeral', text: INCOMPLETE });
    return;
  }
  const inv = invoked(rt, cmd);
  const { def, name, text, question } = inv;
  const handed = typeof raw === 'object' && raw !== null ? handedOver.get(raw) : undefined;
  const cached = handed ? undefined : cachedReply(rt, cmd, inv);
  if (cached) {
    await answerFromCache(rt, renderAll(rt, cached.reply, buttonTarget(rt, cached)), cached.name, cmd.channel_id, ack, respond);
    return;
  }

  const answer = async (): Promise<{ reply: Reply }> => {
    const call = await callContext(rt, cmd.user_id, { channelId: cmd.channel_id, workspaceId: cmd.team_id });
    // Slack hands over the argument text as typed; the core binds it to the command's arguments.
    const reply = question
      ? await rt.core.handleText(text, call)
      : def ? await rt.core.run(def.name, { _: text }, call) : await rt.core.run(name, {}, call);
    return { reply };
  };
  const target: ButtonTarget = question || !def ? { question: text } : { command: def.name, text };
  const render = (a: { reply: Reply }): Rendered => renderAll(rt, a.reply, def?.tool || question ? target : undefined);

  let acked = false;
  try {
    let reply: Reply;
    if (!handed && isDeferred(rt, def, question === true)) {
      await ack();
      acked = true;
      const a = await answer();
      reply = a.reply;
      await sendViaRespond(respond, render(a), 0);
    } else {
      // The shortcut's answer, with what is left of its budget (Slack's three seconds count from the request).
      const pending = handed ? handed.pending.then((reply) => ({ reply })) : answer();
      const early = await within(pending, handed ? Math.max(0, handed.deadline - Date.now()) : rt.ackBudgetMs);
      if (early.done) {
        reply = early.value.reply;
        const rendered = render(early.value);
        await ack(rt.jsonAcks ? rendered.ackJson() : rendered.ackPayload());
        acked = true;
        await sendViaRespond(respond, rendered, 1);
      } else {
        await ack();
        acked = true;
        const a = await pending;
        reply = a.reply;
        await sendViaRespond(respond, render(a), 0);
      }
    }
    if (reply.chart && !isPrivate(reply) && !rt.chartImages) {
      await sendChart(client, rt.charts, { channel: cmd.channel_id, chart: reply.chart }, rt.log);
    }
  } catch (error) {
    rt.log.error({ err: describe(error), command: name }, 'slack slash command failed');
    const locale = rt.users.peek(cmd.user_id)?.locale ?? rt.users.opts.defaultLocale;
    const sorry = errorReply(locale, SORRY[locale]);
    const [m] = renderReply(sorry);
    if (!acked) await ack(payload(m!, sorry)).catch(() => undefined);
    else if (respond) await respond(payload(m!, sorry)).catch(() => undefined);
  }
}

/**
 * Answers the shortcut computed but could not send in the ack (too slow, several messages, a chart
 * to upload): handed to the listener with the body Bolt dispatches, so the command runs once.
 */
const handedOver = new WeakMap<object, { pending: Promise<Reply>; deadline: number; name: string; question: boolean }>();

/**
 * Whether the core answers this invocation offline and without side effects: a question with no
 * language model, or a command that declares its replies cacheable (a pure function of dataset,
 * locale, input and clock; /brief and /digest declare nothing).
 */
function pure(rt: SlackRuntime, def: CommandDefinition | undefined, question: boolean, locale: Reply['locale']): boolean {
  if (question || def?.name === 'ask') return rt.core.services.ask === undefined;
  if (!def || isDeferred(rt, def, false)) return false;
  return typeof def.cache === 'function' ? def.cache(rt.core.context({ locale })) !== undefined : def.cache !== undefined;
}

/**
 * The pre-dispatch shortcut for the HTTP receiver (receiver.ts calls it after Bolt's HTTPReceiver has
 * verified the signature and its five-minute window, and after payload validation). It answers a
 * slash command in the HTTP response itself, skipping Bolt's dispatch (middleware, authorize,
 * listener matching), only when all of these hold:
 * - the workspace is one Bolt would authorize (`installed`: the bot token's team, or an
 *   installation in the store; memoised, forgotten on app_uninstalled / tokens_revoked);
 * - the user's language is already known (no users.info call);
 * - the core answers offline and without side effects (`pure`), within the ack budget;
 * - the whole answer is the ack: one message, no chart to upload, nothing sent through response_url.
 * Why no replay memory for these: the ack goes back on the HTTP connection that sent the request;
 * Slack posts it into the channel only for the request Slack itself sent. A replayed signed request
 * gets the same public answer back on its own connection and nothing is posted or stored, so there
 * is nothing to do twice. Anything else returns false, and Bolt handles it after the replay guard,
 * with the answer already computed handed over (handedOver), so nothing runs twice.
 */
export function preDispatchShortcut(rt: SlackRuntime, installed: InstalledTeams): (event: ReceiverEvent, command?: SlashCommandPayload) => Promise<boolean> {
  return async (event, command) => {
    const body = event.body as Record<string, unknown>;
    const cmd = command ?? (typeof body === 'object' && body !== null ? validatedCommands.get(body) : undefined);
    if (!cmd) return false;
    const ok = installed.installed(commandInstallQuery(body));
    if (!(ok === true || (ok !== false && (await ok)))) return false;
    const known = rt.users.peek(cmd.user_id);
    if (!known) return false;
    const inv = invoked(rt, cmd);
    const hit = cachedReply(rt, cmd, inv);
    let answer: { reply: Reply; name: string; target: ButtonTarget | undefined };
    if (hit) {
      answer = { reply: hit.reply, name: hit.name, target: buttonTarget(rt, hit) };
    } else {
      const { def, name, text, question } = inv;
      if (!pure(rt, def, question === true, known.locale)) return false;
      const call = callOf(cmd.user_id, known, { channelId: cmd.channel_id, workspaceId: cmd.team_id });
      const deadline = Date.now() + rt.ackBudgetMs;
      // Most commands answer at once (runNow gives the reply itself, no promise to wait for).
      const now = question ? rt.core.handleText(text, call) : rt.core.runNow(def ? def.name : name, def ? { _: text } : {}, call);
      let reply: Reply;
      if (now instanceof Promise) {
        const early = await within(now, rt.ackBudgetMs);
        if (!early.done) {
          handedOver.set(body, { pending: now, deadline, name, question: question === true });
          return false;
        }
        reply = early.value;
      } else {
        reply = now;
      }
      answer = { reply, name, target: def?.tool || question ? targetOf(def, text, question === true) : undefined };
    }
    const rendered = renderAll(rt, answer.reply, answer.target);
    if (rendered.messages.length > 1 || rendered.chart) {
      handedOver.set(body, { pending: Promise.resolve(answer.reply), deadline: Date.now() + rt.ackBudgetMs, name: answer.name, question: false });
      return false;
    }
    await event.ack(rendered.ackJson());
    return true;
  };
}

const targetOf = (def: CommandDefinition | undefined, text: string, question: boolean): ButtonTarget =>
  question || !def ? { question: text } : { command: def.name, text };

/** Sends a rendered cached answer: the ack, the follow-up messages, the chart. */
async function answerFromCache(
  rt: SlackRuntime, hit: Rendered, name: string, channel: string,
  ack: AckFn<string | RespondArguments>, respond: RespondFn | undefined,
): Promise<void> {
  await ack(rt.jsonAcks ? hit.ackJson() : hit.ackPayload());
  try {
    await sendViaRespond(respond, hit, 1);
    if (hit.chart) await sendChart(rt.client, rt.charts, { channel, chart: hit.chart }, rt.log);
  } catch (error) {
    rt.log.error({ err: describe(error), command: name }, 'slack follow-up messages failed');
  }
}

/** Sends the rendered messages from index `from` on through response_url. */
async function sendViaRespond(respond: RespondFn | undefined, rendered: Rendered, from: number): Promise<void> {
  // Without a response_url (never seen from Slack) only an acknowledged first message can go out.
  if (!respond) return;
  for (const m of rendered.messages.slice(from)) await respond({ ...m, response_type: rendered.responseType } as RespondArguments);
}
