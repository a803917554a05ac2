// The offline question router: a question in English or German becomes a command run or a fact,
// deterministically, with no network and no model. Out-of-beat questions get a polite reply that
// says what Lodestone covers. `routeToCommand` is exported for the routing-accuracy evaluation.
import type { Locale, Reply } from '../reply/model.js';
import type { Dataset } from '../dataset/dataset.js';
import type { Args, CommandContext } from '../commands/types.js';
import type { CommandCore } from '../commands/core.js';
import { answer, Citations, footer, loc, t } from '../commands/common.js';
import { runFigureCommand } from '../commands/figure-command.js';
import { runElement } from '../commands/element.js';
import { elementsAnswer, parseElementsFilter } from '../commands/elements.js';
import { runSummit } from '../commands/summit.js';
import { runEvents } from '../commands/events.js';
import { runSources } from '../commands/sources.js';
import { planQuestion, routeToCommand } from './offline/route.js';
import type { Route } from './offline/route.js';
import { composeAnswer } from './query/compose.js';

export { routeToCommand };
export type { Route };

const RUN: Record<string, (args: Args, ctx: CommandContext) => Reply> = {
  reserves: (a, c) => runFigureCommand('reserves', a, c),
  production: (a, c) => runFigureCommand('production', a, c),
  element: runElement,
  elements: (a, c) => elementsAnswer(c, parseElementsFilter(a.filter)),
  summit: runSummit,
  events: runEvents,
  sources: runSources,
};

/** The command line a user could type for a route ("/reserves Brazil"), shown as a follow-up. */
export function commandLine(route: { command: string; args: Args }): string {
  const parts = Object.values(route.args).filter((v): v is string => Boolean(v)).map((v) => (/\s/.test(v) && route.command === 'summit' ? `"${v}"` : v));
  return [`/${route.command}`, ...parts].join(' ');
}

function factReply(ctx: CommandContext, id: string): Reply {
  const f = ctx.dataset.factById.get(id)!;
  const cite = new Citations(ctx.dataset).add(...f.sources);
  const suggestions = [
    ...f.events.slice(0, 1).map((e) => `/summit ${e}`),
    ...f.countries.filter((c) => ctx.dataset.countryById.has(c)).slice(0, 1).map((c) => `/reserves ${loc(ctx.locale, ctx.dataset.countryById.get(c)!.name)}`),
    ...f.elements.slice(0, 1).map((e) => `/element ${e}`),
  ];
  return answer(ctx, cite, { blocks: [loc(ctx.locale, f.text)], suggestions: suggestions.length ? suggestions : ['/help'] });
}

const EXAMPLES: Record<Locale, string[]> = {
  en: ['/reserves china', '/production', '/element Nd', '/summit', 'How large are Brazil\'s reserves?'],
  de: ['/reserves China', '/production', '/element Neodym', '/summit', 'Wie groß sind die Reserven von Brasilien?'],
};

/**
 * What Lodestone covers: for questions outside the beat ('refuse'), questions on the beat it cannot
 * map ('unclear'), and greetings or "what can you do?" ('help').
 */
export function coverageReply(ctx: CommandContext, mode: 'refuse' | 'unclear' | 'help'): Reply {
  const { locale } = ctx;
  const lead = {
    refuse: t(locale, 'Sorry, that is outside what I cover.', 'Das liegt leider außerhalb meines Themas.'),
    unclear: t(locale, 'I could not match that question to the dataset.', 'Diese Frage konnte ich keinem Eintrag im Datensatz zuordnen.'),
    help: t(locale, 'Hello! I am Lodestone.', 'Hallo! Ich bin Lodestone.'),
  }[mode];
  return {
    kind: 'answer',
    locale,
    blocks: [
      `${lead} ${t(locale, 'Lodestone answers from a curated, sourced dataset about:', 'Lodestone antwortet aus einem kuratierten Datensatz mit Quellen zu:')}`,
      ctx.dataset.meta.beat[locale],
      // The examples follow as suggestions ("Try: …"); this line only points at the full list.
      t(locale, '/help lists every command.', '/help zeigt alle Befehle.'),
    ],
    sources: [],
    footer: footer(ctx.dataset, locale),
    suggestions: EXAMPLES[locale],
    ephemeral: true,
  };
}

/** Answers a question offline. Pure: the same (text, dataset, locale) gives the same reply. */
export function answerOffline(text: string, ctx: CommandContext): Reply {
  const { plan } = planQuestion(text, ctx);
  // Questions get answer-first replies; a card (command), the help and the scope note stay as they are.
  if (plan.answer) return composeAnswer(ctx, plan.answer);
  const route = plan.route;
  if ('refusal' in route) return coverageReply(ctx, route.inBeat ? 'unclear' : 'refuse');
  if ('fact' in route) return factReply(ctx, route.fact);
  const run = RUN[route.command];
  // help: what Lodestone covers and what to type (/help lists every command).
  if (!run) return { ...coverageReply(ctx, 'help'), ephemeral: false, suggestions: ['/help', ...EXAMPLES[ctx.locale]] };
  const reply = run(route.args, ctx);
  const line = commandLine(route);
  return { ...reply, suggestions: [line, ...(reply.suggestions ?? []).filter((s) => s !== line)].slice(0, 5) };
}

/** Convenience for callers holding only a dataset: the reply to `text` in `locale`. */
export function answerQuestion(text: string, dataset: Dataset, locale: Locale, now: Date = new Date(0)): Reply {
  return answerOffline(text, { locale, now, dataset, services: {} });
}

/** The core's fallback when no LLM is configured. */
export function routeQuestion(text: string, ctx: CommandContext, _core: CommandCore): Promise<Reply> {
  return Promise.resolve(answerOffline(text, ctx));
}
