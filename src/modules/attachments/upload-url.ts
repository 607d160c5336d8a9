import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed upload URLs: `/attachments/upload/<attachment key>.<expiry>.<signature>`, the signature
 * an HMAC-SHA256 of the key and the expiry (seconds since the epoch) under the server's secret.
 * Whoever holds the URL may PUT the file's bytes once before it expires; once is the attachment's
 * state (PENDING until stored), not the token's.
 */
export const UPLOAD_PATH = '/attachments/upload/';

const signature = (secret: string, key: number, expires: number) =>
  createHmac('sha256', secret).update(`attachment-upload:${key}:${expires}`).digest('base64url');

/** The token of an upload to attachment `key` until `expiresAt`. */
export function signUpload(secret: string, key: number, expiresAt: Date): string {
  const expires = Math.floor(expiresAt.getTime() / 1000);
  return `${key}.${expires}.${signature(secret, key, expires)}`;
}

export type UploadToken = { ok: true; key: number } | { ok: false; reason: 'INVALID' | 'EXPIRED' };

/** The attachment a token lets upload to, checked for its signature first, then for its expiry at `now`. */
export function verifyUpload(secret: string, token: string, now = new Date()): UploadToken {
  const match = /^([1-9][0-9]{0,15})\.([0-9]{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return { ok: false, reason: 'INVALID' };
  const key = Number(match[1]);
  const expires = Number(match[2]);
  const expected = Buffer.from(signature(secret, key, expires));
  const given = Buffer.from(match[3]);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'INVALID' };
  if (expires * 1000 <= now.getTime()) return { ok: false, reason: 'EXPIRED' };
  return { ok: true, key };
}
