import type { InputErrors, Path } from '../../lib/user-errors.js';

/**
 * Imports name related records by natural keys (an e-mail, a name, an externalId, a folder path)
 * instead of ids. The owning repositories look up a whole chunk's keys in one statement each
 * (e.g. catalogues.repository.ts `employeesByEmail`); these turn a key into an id or a NOT_FOUND
 * error on the row's field.
 */

/** The distinct non-null keys the rows give, normalised. */
export function givenKeys<Row>(rows: readonly Row[], key: (row: Row) => string | null | undefined, normalise = (k: string) => k): string[] {
  const keys = new Set<string>();
  for (const row of rows) {
    const value = key(row);
    if (value != null && value.trim() !== '') keys.add(normalise(value.trim()));
  }
  return [...keys];
}

/**
 * The id a natural key names: undefined when the field was left out (keep the stored value), null
 * when it was null or blank (clear it), else the id, or null after a NOT_FOUND error on `path`.
 */
export function resolvedKey(
  errors: InputErrors, path: Path, given: string | null | undefined, ids: Map<string, number>, what: string,
  normalise = (key: string) => key,
): number | null | undefined {
  if (given === undefined) return undefined;
  if (given === null || given.trim() === '') return null;
  const id = ids.get(normalise(given.trim()));
  if (id === undefined) errors.add(path, 'NOT_FOUND', `No ${what} "${given.trim()}" exists.`);
  return id ?? null;
}

/** An active employee's id from an e-mail field, with the same rules as for employee ids. */
export function resolvedEmployee(
  errors: InputErrors, path: Path, given: string | null | undefined, found: Map<string, { id: number; active: boolean }>,
): number | null | undefined {
  if (given === undefined) return undefined;
  if (given === null || given.trim() === '') return null;
  const employee = found.get(given.trim());
  if (!employee) {
    errors.add(path, 'NOT_FOUND', `No employee with the e-mail "${given.trim()}" exists.`);
    return null;
  }
  if (!employee.active) {
    errors.add(path, 'INVALID_STATE', 'This employee is inactive and cannot be assigned work.');
    return null;
  }
  return employee.id;
}
