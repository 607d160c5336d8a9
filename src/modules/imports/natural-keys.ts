import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { executeRows } from '../../db/raw';
import { employees, informationSources } from '../../db/schema';
import type { InputErrors, Path } from '../../lib/user-errors';

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

export const lowerCase = (key: string) => key.toLowerCase();

/** Employees by e-mail (regardless of case): id and whether they may be assigned work. */
export async function employeesByEmail(db: Database, emails: readonly string[]): Promise<Map<string, { id: number; active: boolean }>> {
  if (emails.length === 0) return new Map();
  const rows = await executeRows<{ id: number | string; email: string; active: boolean }>(db, sql`
    select id, lower(email) as email, active from ${employees}
    where lower(email) in (select jsonb_array_elements_text(${JSON.stringify(emails)}::jsonb))`);
  return new Map(rows.map((row) => [row.email, { id: Number(row.id), active: row.active }]));
}

/** Information sources by name (regardless of case). */
export async function informationSourcesByName(db: Database, names: readonly string[]): Promise<Map<string, number>> {
  if (names.length === 0) return new Map();
  const rows = await executeRows<{ id: number | string; name: string }>(db, sql`
    select id, lower(name) as name from ${informationSources}
    where lower(name) in (select jsonb_array_elements_text(${JSON.stringify(names)}::jsonb))`);
  return new Map(rows.map((row) => [row.name, Number(row.id)]));
}

/** An active employee's id from an e-mail field, with the same rules as for employee ids. */
export function resolvedEmployee(
  errors: InputErrors, path: Path, given: string | null | undefined, found: Map<string, { id: number; active: boolean }>,
): number | null | undefined {
  const ids = new Map([...found].map(([email, employee]) => [email, employee.id]));
  const id = resolvedKey(errors, path, given, ids, 'employee with the e-mail', lowerCase);
  if (id != null && found.get(given!.trim().toLowerCase())?.active === false) {
    errors.add(path, 'INVALID_STATE', 'This employee is inactive and cannot be assigned work.');
    return null;
  }
  return id;
}
