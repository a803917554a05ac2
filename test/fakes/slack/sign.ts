// Requests as Slack sends them: v0 signatures over "v0:{timestamp}:{raw body}" with the signing secret.
import { createHmac } from 'node:crypto';

export function signature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SlashCommand {
  command: string;
  text?: string;
  user_id?: string;
  channel_id?: string;
  team_id?: string;
  response_url?: string;
  /** Slack gives every invocation its own; the same one twice is a replay. */
  trigger_id?: string;
}

export function slashBody(c: SlashCommand): string {
  return new URLSearchParams({
    token: 'unused-verification-token',
    team_id: c.team_id ?? 'T0TEST',
    team_domain: 'test',
    channel_id: c.channel_id ?? 'C0GENERAL',
    channel_name: 'general',
    user_id: c.user_id ?? 'U0ALICE',
    user_name: 'alice',
    command: c.command,
    text: c.text ?? '',
    api_app_id: 'A0TEST',
    is_enterprise_install: 'false',
    ...(c.response_url ? { response_url: c.response_url } : {}),
    trigger_id: c.trigger_id ?? `${Date.now()}.${Math.random().toString(36).slice(2, 12)}`,
  }).toString();
}

export function eventBody(event: Record<string, unknown>, eventId = `Ev${Math.random().toString(36).slice(2, 10)}`): string {
  return JSON.stringify({
    token: 'unused-verification-token',
    team_id: 'T0TEST',
    api_app_id: 'A0TEST',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    event,
    authorizations: [{ team_id: 'T0TEST', user_id: 'U0LODESTONE', is_bot: true }],
  });
}

export interface SendOptions {
  secret: string;
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  /** Overrides the computed signature. */
  signature?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

export interface SlackResponse {
  status: number;
  contentType: string | null;
  text: string;
  json: () => Record<string, unknown>;
}

export async function postSigned(url: string, body: string, o: SendOptions): Promise<SlackResponse> {
  const ts = o.timestamp ?? Math.floor(Date.now() / 1000);
  const contentType = o.contentType ?? (body.startsWith('{') ? 'application/json' : 'application/x-www-form-urlencoded');
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': o.signature ?? signature(o.secret, ts, body),
      ...o.headers,
    },
    body,
  });
  const text = await res.text();
  return { status: res.status, contentType: res.headers.get('content-type'), text, json: () => JSON.parse(text) as Record<string, unknown> };
}
