import { describe, expect, it } from 'vitest';
import { signUpload, verifyUpload } from './upload-url.js';

const SECRET = 's'.repeat(32);

describe('signed upload tokens', () => {
  const expiresAt = new Date('2030-01-01T00:00:00Z');
  const token = signUpload(SECRET, 42, expiresAt);

  it('lets upload to their attachment until they expire', () => {
    expect(verifyUpload(SECRET, token, new Date('2029-12-31T23:59:59Z'))).toEqual({ ok: true, key: 42 });
    expect(verifyUpload(SECRET, token, expiresAt)).toEqual({ ok: false, reason: 'EXPIRED' });
  });

  it('refuses a token changed anywhere, or signed with another secret', () => {
    const [key, expires, mac] = token.split('.');
    const now = new Date('2029-01-01T00:00:00Z');
    expect(verifyUpload(SECRET, `43.${expires}.${mac}`, now)).toEqual({ ok: false, reason: 'INVALID' });
    expect(verifyUpload(SECRET, `${key}.${Number(expires) + 3600}.${mac}`, now)).toEqual({ ok: false, reason: 'INVALID' });
    expect(verifyUpload(SECRET, `${key}.${expires}.${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`, now)).toEqual({ ok: false, reason: 'INVALID' });
    expect(verifyUpload('t'.repeat(32), token, now)).toEqual({ ok: false, reason: 'INVALID' });
    expect(verifyUpload(SECRET, 'nonsense', now)).toEqual({ ok: false, reason: 'INVALID' });
  });
});
