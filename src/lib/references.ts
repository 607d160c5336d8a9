import { decodeGlobalId } from './global-id.js';
import type { InputErrors, Path } from './user-errors.js';

/**
 * Reads a global id given in an input field as a reference to a `type` record. A malformed id or
 * one of another type is a user error on that field; null/undefined pass through unchanged.
 * Whether the record exists is checked by the caller, usually for all references at once.
 */
export function referenceKey(
  errors: InputErrors, path: Path, id: string | null | undefined, type: string,
): number | null | undefined {
  if (id === null || id === undefined) return id;
  const decoded = decodeGlobalId(id);
  if (!decoded) {
    errors.add(path, 'INVALID', `"${id}" is not a global id.`);
    return null;
  }
  if (decoded.type !== type) {
    errors.add(path, 'WRONG_TYPE', `"${id}" is the id of a ${decoded.type}; a ${type} id is expected here.`);
    return null;
  }
  return decoded.key;
}

/** Adds NOT_FOUND when a referenced key was given but no record has it. */
export function requireFound(
  errors: InputErrors, path: Path, key: number | null | undefined, found: unknown, what: string,
): void {
  if (key != null && !found) errors.add(path, 'NOT_FOUND', `No ${what} has the id given in this field.`);
}
