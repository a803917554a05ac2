// PLACEHOLDER — owned by the Slack helper.
import type { PlatformDeps, PlatformHandle } from '../platform.js';

export async function startSlack(_deps: PlatformDeps): Promise<PlatformHandle> {
  throw new Error('Slack adapter not implemented yet');
}
