// PLACEHOLDER — owned by the command-core helper: registers every command definition.
import { Registry } from './registry.js';

export function createRegistry(): Registry {
  return new Registry();
}
