// Registers every command definition. Everything else (help, Slack manifest, Discord registration,
// LLM tool schemas, the console) is derived from this registry.
import { Registry } from './registry.js';
import { reserves } from './reserves.js';
import { production } from './production.js';
import { element } from './element.js';
import { elements } from './elements.js';
import { summit } from './summit.js';
import { events } from './events.js';
import { sources } from './sources.js';
import { ask } from './ask.js';
import { brief } from './brief.js';
import { digest } from './digest.js';
import { createHelp } from './help.js';

export function createRegistry(): Registry {
  const registry = new Registry();
  for (const def of [reserves, production, element, elements, summit, events, sources, ask, brief, digest]) registry.register(def);
  registry.register(createHelp(registry));
  return registry;
}
