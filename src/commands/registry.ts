// The registry every surface derives from: console help, Slack manifest, Discord registration, LLM tools.
import type { CommandDefinition } from './types.js';

export class Registry {
  readonly #byName = new Map<string, CommandDefinition>();
  readonly #list: CommandDefinition[] = [];

  register(def: CommandDefinition): this {
    for (const n of [def.name, ...(def.aliases ?? [])]) {
      const key = n.toLowerCase();
      if (this.#byName.has(key)) throw new Error(`command name "${n}" registered twice`);
      this.#byName.set(key, def);
    }
    this.#list.push(def);
    return this;
  }

  get(name: string): CommandDefinition | undefined {
    // A name as registered (every command the core runs) is its own key: keys are lower case already.
    const own = name.charCodeAt(0) === 47 ? undefined : this.#byName.get(name);
    return own ?? this.#byName.get(name.toLowerCase().replace(/^\//, ''));
  }

  all(): readonly CommandDefinition[] {
    return this.#list;
  }
}
