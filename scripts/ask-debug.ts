// Developer tool: a question in, the parsed query and the offline reply out.
// npx tsx scripts/ask-debug.ts [en|de] "question" ...
import { loadDataset } from '../src/dataset/load.js';
import { answerOffline } from '../src/ask/router.js';
import { planQuestion } from '../src/ask/offline/route.js';
import { renderText } from '../src/reply/text.js';
import type { Locale } from '../src/reply/model.js';

const r = await loadDataset();
if (!r.ok) throw new Error('dataset invalid');
const [lang, ...qs] = process.argv.slice(2);
for (const q of qs) {
  const ctx = { locale: lang as Locale, now: new Date('2026-11-29T09:00:00Z'), dataset: r.dataset, services: {} };
  const { parsed, plan } = planQuestion(q, ctx);
  console.log(`\n=== ${q}`);
  if (parsed) {
    const s = parsed.subjects;
    console.log(JSON.stringify({
      attrs: parsed.attributes.map((h) => `${h.attribute.id}:${h.matched.join('|')}`), op: parsed.operator, polar: parsed.polar,
      countries: s.countries.map((c) => c.id), minerals: s.minerals.map((m) => m.id), elements: s.elements.map((e) => e.symbol),
      events: s.events.map((e) => e.id), named: s.namedEvents.map((e) => e.id), time: parsed.time, unknown: parsed.unknown, content: parsed.content,
    }));
  }
  console.log('route', JSON.stringify(plan.route));
  console.log(renderText(answerOffline(q, ctx)).split('\n').slice(0, 6).join('\n'));
}
