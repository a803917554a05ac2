// The model's tools are the registry's read-only commands (`tool: true`), their JSON schemas and
// their argument validators derived from the same ArgSpecs that feed help, Slack and Discord.
// Arguments a model sends are untrusted: they are parsed and validated here before any command runs.
import { z } from 'zod';
import type { ChatCompletionFunctionTool } from 'openai/resources/chat/completions';
import type { Registry } from '../../commands/registry.js';
import type { ArgSpec, Args, CommandDefinition } from '../../commands/types.js';
import type { Locale } from '../../reply/model.js';

export interface ToolSpec {
  name: string;
  def: CommandDefinition;
  /** Not a registry command: run directly instead of through the core. */
  builtin: boolean;
  tool: ChatCompletionFunctionTool;
  /** The same tool described in German, sent with German questions. */
  toolDe: ChatCompletionFunctionTool;
  /** Parses the model's JSON argument string; never throws. */
  parse(raw: string): { ok: true; args: Args } | { ok: false; error: string };
}

/** Dataset names, codes, dates and zones: letters, digits, spaces and a little punctuation. Nothing that can form markup or mentions. */
const SAFE_VALUE = /^[\p{L}\p{N} .,'’()/:+&_?!%–-]*$/u;
const MAX_VALUE = 80;

// Never offered as a tool even if marked: the ask command would call the model recursively.
const NEVER_TOOLS = new Set(['ask']);

function argsOf(def: CommandDefinition): ArgSpec[] {
  if (!def.subcommands?.length) return def.args;
  const seen = new Map<string, ArgSpec>();
  for (const sub of def.subcommands) for (const a of sub.args) if (!seen.has(a.name)) seen.set(a.name, { ...a, required: false });
  return [...seen.values()];
}

function paramsOf(def: CommandDefinition): ArgSpec[] {
  const args = argsOf(def);
  if (!def.subcommands?.length) return args;
  return [
    { name: 'subcommand', type: 'choice', required: true, choices: def.subcommands.map((s) => s.name), description: { en: 'Subcommand', de: 'Unterbefehl' } },
    ...args,
  ];
}

function valueSchema(a: ArgSpec): z.ZodType<string> {
  if (a.choices?.length) return z.enum(a.choices as [string, ...string[]]);
  return z
    .string()
    .trim()
    .max(MAX_VALUE, `at most ${MAX_VALUE} characters`)
    .regex(SAFE_VALUE, 'letters, digits, spaces and simple punctuation only');
}

export function jsonSchemaFor(def: CommandDefinition, strict: boolean, locale: Locale = 'en'): Record<string, unknown> {
  const params = paramsOf(def);
  const properties: Record<string, unknown> = {};
  for (const a of params) {
    const optionalInStrict = strict && !a.required;
    properties[a.name] = {
      // Strict mode requires every property to be listed as required; optional ones accept null.
      type: optionalInStrict ? ['string', 'null'] : 'string',
      description: a.description[locale],
      ...(a.choices?.length ? { enum: optionalInStrict ? [...a.choices, null] : [...a.choices] } : {}),
    };
  }
  const required = strict ? params.map((a) => a.name) : params.filter((a) => a.required).map((a) => a.name);
  return { type: 'object', properties, required, additionalProperties: false };
}

export function zodSchemaFor(def: CommandDefinition): z.ZodType<Record<string, string | null | undefined>> {
  const shape: Record<string, z.ZodType<string | null | undefined>> = {};
  for (const a of paramsOf(def)) {
    const v = valueSchema(a);
    shape[a.name] = a.required ? v : v.nullish();
  }
  return z.strictObject(shape);
}

export function buildTools(registry: Registry, opts: { strict: boolean; builtins?: CommandDefinition[] }): Map<string, ToolSpec> {
  const tools = new Map<string, ToolSpec>();
  const defs = [
    ...registry.all().map((def) => ({ def, builtin: false })),
    ...(opts.builtins ?? []).filter((b) => !registry.get(b.name)).map((def) => ({ def, builtin: true })),
  ];
  for (const { def, builtin } of defs) {
    if (!def.tool || NEVER_TOOLS.has(def.name) || !/^[a-zA-Z0-9_-]{1,64}$/.test(def.name)) continue;
    const schema = zodSchemaFor(def);
    // The model reads the tools in the asker's language, as it reads the question.
    const toolIn = (locale: Locale): ChatCompletionFunctionTool => ({
      type: 'function',
      function: {
        name: def.name,
        description: def.description[locale],
        parameters: jsonSchemaFor(def, opts.strict, locale),
        ...(opts.strict ? { strict: true } : {}),
      },
    });
    tools.set(def.name, {
      name: def.name,
      def,
      builtin,
      tool: toolIn('en'),
      toolDe: toolIn('de'),
      parse(raw) {
        let json: unknown;
        try {
          json = raw.trim() === '' ? {} : JSON.parse(raw);
        } catch {
          return { ok: false, error: 'arguments are not valid JSON' };
        }
        const r = schema.safeParse(json);
        if (!r.success) {
          return { ok: false, error: r.error.issues.map((i) => `${i.path.join('.') || 'arguments'}: ${i.message}`).join('; ').slice(0, 300) };
        }
        const args: Args = {};
        for (const [k, v] of Object.entries(r.data)) if (typeof v === 'string' && v !== '') args[k] = v;
        return { ok: true, args };
      },
    });
  }
  return tools;
}
