// The offline answer behind the model path: given when no model is configured, when the model
// fails, and when a checked answer loses its point. One seam, so the question parser's answer
// (issue #10) replaces the router here and nowhere else.
import type { CommandCore } from '../../commands/core.js';
import type { CommandContext } from '../../commands/types.js';
import type { Reply } from '../../reply/model.js';
import { routeQuestion } from '../router.js';

export type OfflineAnswer = (question: string, ctx: CommandContext, core: CommandCore) => Promise<Reply>;

export const offlineAnswer: OfflineAnswer = (question, ctx, core) => routeQuestion(question, ctx, core);
