import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { givenKeysRelation } from '../../db/bulk.js';
import { executeRows } from '../../db/raw.js';
import { employees, informationSources } from '../../db/schema/index.js';
import type { InputErrors, Path } from '../../lib/user-errors.js';

/**
 * Imports name related records by natural keys (an e-mail, a name, an externalId, a folder path)
 * instead of ids. These look up a whole chunk's keys in one statement each, and turn a key into
 * an id or a NOT_FOUND error on the row's field.
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

// Case is compared by PostgreSQL's lower() on both sides, never JavaScript's on one: the two
// disagree on some letters, and under some database locales on whole alphabets.

/** Employees by e-mail (regardless of case), keyed by the e-mail as sent: id and whether they may be assigned work. */
export async function employeesByEmail(db: Database, emails: readonly string[]): Promise<Map<string, { id: number; active: boolean }>> {
  if (emails.length === 0) return new Map();
  const rows = await executeRows<{ id: number | string; key: string; active: boolean }>(db, sql`
    select e.id, given.key, e.active from ${employees} e join ${givenKeysRelation(emails)} on lower(e.email) = lower(given.key)`);
  return new Map(rows.map((row) => [row.key, { id: Number(row.id), active: row.active }]));
}

/** Information sources by name (regardless of case), keyed by the name as sent. */
export async function informationSourcesByName(db: Database, names: readonly string[]): Promise<Map<string, number>> {
  if (names.length === 0) return new Map();
  const rows = await executeRows<{ id: number | string; key: string }>(db, sql`
    select s.id, given.key from ${informationSources} s join ${givenKeysRelation(names)} on lower(s.name) = lower(given.key)`);
  return new Map(rows.map((row) => [row.key, Number(row.id)]));
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
