// PLACEHOLDER — owned by the command-core helper; replaced with the real offline router.
import type { Reply } from '../reply/model.js';
import type { CommandContext } from '../commands/types.js';
import type { CommandCore } from '../commands/core.js';

export function routeQuestion(text: string, ctx: CommandContext, _core: CommandCore): Promise<Reply> {
  return Promise.resolve({ kind: 'answer', locale: ctx.locale, blocks: [text], sources: [] });
}
