// PLACEHOLDER — owned by the Discord helper.
import type { PlatformDeps, PlatformHandle } from '../platform.js';

export async function startDiscord(_deps: PlatformDeps): Promise<PlatformHandle> {
  throw new Error('Discord adapter not implemented yet');
}
