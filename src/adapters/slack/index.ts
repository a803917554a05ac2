// Slack adapter entry: HTTP mode (SLACK_BOT_TOKEN + SLACK_SIGNING_SECRET on SLACK_PORT) or Socket
// Mode (SLACK_APP_TOKEN), slash commands and mentions on the shared core, digest delivery.
import type { PlatformDeps, PlatformHandle } from '../platform.js';
import { createSlackApp } from './app.js';

export { createSlackApp, SlackStartError, type SlackApp, type SlackAppOptions } from './app.js';
export { renderReply } from './render.js';
export { SlackDelivery } from './delivery.js';
export { buildManifest } from './manifest.js';

export async function startSlack(deps: PlatformDeps): Promise<PlatformHandle> {
  const slack = createSlackApp(deps);
  await slack.start();
  return {
    name: 'slack',
    isReady: () => slack.isReady(),
    stop: () => slack.stop(),
    delivery: slack.delivery,
  };
}
