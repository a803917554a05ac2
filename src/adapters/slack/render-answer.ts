// A reply as the Slack commands send it: Block Kit in the app's command style and chart mode, with
// the answer buttons under public answers. What is kept, and for how long:
// - a cached reply's whole rendering, buttons included, lives with its cache entry (renderedOnce);
// - any other frozen reply is one the core shares per dataset version, locale and resolved entity
//   (src/commands/renderings.ts: "China", "CN" and "chna" get the same object), so its rendering
//   without the buttons is kept with it (a WeakMap on the reply: it goes when the dataset does).
//   The buttons carry what the user typed and are added per answer (Rendered.withActions);
// - replies built for one answer (questions, answers with a typo note) are rendered every time.
import type { Reply } from '../../reply/model.js';
import { renderedOnce } from '../../commands/reply-cache.js';
import { answerActions, type ButtonTarget } from './buttons.js';
import { LIMITS } from './limits.js';
import { renderReply, type RenderOptions } from './render.js';
import { Rendered } from './rendered.js';
import type { SlackRuntime } from './runtime.js';

export const isPrivate = (reply: Reply): boolean => reply.ephemeral === true || reply.kind === 'error';

/** How answers are rendered for this app: up to response_url's five messages, charts by address when served. */
export function slackRenderOptions(rt: SlackRuntime): RenderOptions {
  const images = rt.chartImages;
  return images ? { maxMessages: LIMITS.respondMessages, chartUrl: (c) => images.url(c) } : { maxMessages: LIMITS.respondMessages };
}

interface Memo {
  /** Whole renderings (buttons included) of cached replies. */
  cached: WeakMap<Reply, Rendered>;
  /** Renderings without buttons of frozen (shared) replies. */
  shared: WeakMap<Reply, Rendered>;
  options: RenderOptions;
}

/** Per app: the command style and chart mode are the app's. */
const memos = new WeakMap<SlackRuntime, Memo>();

function memoOf(rt: SlackRuntime): Memo {
  let m = memos.get(rt);
  if (!m) memos.set(rt, (m = { cached: new WeakMap(), shared: new WeakMap(), options: slackRenderOptions(rt) }));
  return m;
}

function rendering(rt: SlackRuntime, m: Memo, r: Reply): Rendered {
  return new Rendered(
    renderReply(rt.style.present(r), m.options),
    isPrivate(r) ? 'ephemeral' : 'in_channel',
    // A chart shown by address needs no upload.
    isPrivate(r) || rt.chartImages ? undefined : r.chart,
  );
}

/** Block Kit of a reply; buttons go under public answers of read-only commands and questions (the target says which). */
export function renderAll(rt: SlackRuntime, reply: Reply, target?: ButtonTarget): Rendered {
  const m = memoOf(rt);
  // The buttons with their JSON, which withActions puts into the ack without serialising the block.
  const withButtonsOf = (r: Reply, rendered: Rendered): Rendered => {
    const a = target && r.kind === 'answer' && !isPrivate(r) ? answerActions(r, target) : undefined;
    return a ? rendered.withActions(a.block, a.json) : rendered;
  };
  if (!Object.isFrozen(reply)) return withButtonsOf(reply, rendering(rt, m, reply));
  // A kept rendering links its chart by address: keep that address among the served ones, as
  // rendering it again would (ChartImages.url), so it is not evicted while answers still link it.
  if (reply.chart && rt.chartImages) rt.chartImages.url(reply.chart);
  return renderedOnce(m.cached, reply, (r) => {
    let shared = m.shared.get(r);
    if (!shared) m.shared.set(r, (shared = rendering(rt, m, r)));
    return withButtonsOf(r, shared);
  });
}
