// The question layer's public API, shared by the offline path (src/ask/offline) and the
// language-model path (src/ask/llm):
//   parseQuestion(text, dataset, locale) → ParsedQuery   the structured query (attribute, subjects, time, operator)
//   describeQuery(parsed) → string                      a one-line form of it, e.g. as a hint in a model prompt
//   composeAnswer(ctx, AnswerFirst) → Reply              the answer-first reply (lead, support, sources, "more")
// The offline answer of a question is `answerOffline` in src/ask/router.ts.
export type { AnswerFirst, AttributeHit, Operator, ParsedQuery, Subjects, TimeRef } from './types.js';
export { parseQuestion, describeQuery } from './parse.js';
export { composeAnswer, MAX_SUPPORT } from './compose.js';
