// Signing interactions as Discord does for an HTTP interactions endpoint: Ed25519 over the
// timestamp followed by the raw body, hex in X-Signature-Ed25519. Each fake application has its own
// key pair; the public key is handed to Lodestone as DISCORD_PUBLIC_KEY (64 hex characters).
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

export interface SigningKey {
  privateKey: KeyObject;
  /** The raw 32-byte public key as hex, as the Developer Portal shows it. */
  publicKeyHex: string;
}

export function signingKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  // SPKI DER for Ed25519 is a 12-byte header followed by the raw key.
  const publicKeyHex = (publicKey.export({ format: 'der', type: 'spki' }) as Buffer).subarray(12).toString('hex');
  return { privateKey, publicKeyHex };
}

export function signatureHeaders(key: SigningKey, body: string | Buffer, timestamp = String(Math.floor(Date.now() / 1000))): Record<string, string> {
  const sig = sign(null, Buffer.concat([Buffer.from(timestamp), Buffer.isBuffer(body) ? body : Buffer.from(body)]), key.privateKey).toString('hex');
  return { 'x-signature-ed25519': sig, 'x-signature-timestamp': timestamp, 'content-type': 'application/json' };
}

/** POSTs a signed interaction; `tamper` changes the body after signing. */
export async function postInteraction(
  url: string, key: SigningKey, payload: unknown, opts: { tamper?: (body: string) => string; headers?: Record<string, string> } = {},
): Promise<{ status: number; json: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const body = JSON.stringify(payload);
  const headers = { ...signatureHeaders(key, body), ...opts.headers };
  const res = await fetch(url, { method: 'POST', headers, body: opts.tamper ? opts.tamper(body) : body });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = text;
  }
  return { status: res.status, json };
}
