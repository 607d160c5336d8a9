import { badInput } from './errors.js';

/**
 * Global ids are opaque to clients but decode to type and key without a database lookup:
 * base64url("Counterparty:42"). Keys are bigint identities.
 */
export function toGlobalId(type: string, key: number): string {
  return Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
}

export interface DecodedId { type: string; key: number }

/** Decodes a global id; returns null for anything that is not one. */
export function decodeGlobalId(id: string): DecodedId | null {
  if (typeof id !== 'string' || id.length === 0 || id.length > 100 || !/^[A-Za-z0-9_-]+$/.test(id)) return null;
  const text = Buffer.from(id, 'base64url').toString('utf8');
  const match = /^([A-Z][A-Za-z]*):([1-9][0-9]{0,15})$/.exec(text);
  if (!match) return null;
  const key = Number(match[2]);
  return Number.isSafeInteger(key) ? { type: match[1], key } : null;
}

/**
 * The key of a global id that must name a `type`, or null when it is malformed or of another
 * type. Callers turn null into a user error or a thrown error, whichever fits where the id came from.
 */
export function keyOf(id: string, type: string): number | null {
  const decoded = decodeGlobalId(id);
  return decoded && decoded.type === type ? decoded.key : null;
}

/** Like keyOf, but a malformed or mistyped id is a thrown BAD_USER_INPUT naming the argument. */
export function requireKey(id: string, type: string, field: readonly string[]): number {
  const key = keyOf(id, type);
  if (key === null) throw badInput(`"${id}" is not a valid ${type} id.`, field);
  return key;
}

/** For filter arguments: a missing id stays missing, a bad one is a thrown BAD_USER_INPUT. */
export function referenceKeyOrThrow(id: string | null | undefined, type: string, field: readonly string[]): number | null {
  return id == null ? null : requireKey(id, type, field);
}
