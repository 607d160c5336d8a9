import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * How a delivery is signed: HMAC-SHA256, keyed with the webhook's secret, of the timestamp (Unix
 * seconds, the `X-CRM-Timestamp` header), a dot, and the body exactly as sent; hex, after
 * `sha256=` in `X-CRM-Signature`. Signing the timestamp lets a receiver refuse an old delivery
 * replayed with its valid signature.
 */
export function signatureOf(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** A receiver's check, as README shows it: the signature matches and the timestamp is recent. */
export function isValidSignature(secret: string, timestamp: string, body: string, signature: string, toleranceSeconds = 300): boolean {
  const seconds = Number(timestamp);
  if (!Number.isInteger(seconds) || Math.abs(Date.now() / 1000 - seconds) > toleranceSeconds) return false;
  const expected = Buffer.from(signatureOf(secret, seconds, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
