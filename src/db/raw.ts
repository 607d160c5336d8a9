import type { SQL } from 'drizzle-orm';
import type { Database } from './client.js';

/**
 * Rows of a raw SQL statement. postgres.js answers with an array and PGlite with `{ rows }`;
 * callers see one shape. Column values arrive as the driver decodes them (bigint may be a string).
 */
export async function executeRows<Row>(db: Database, query: SQL): Promise<Row[]> {
  const result = await db.execute(query) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: Row[] }).rows) as Row[];
}

/** A JSON value built in SQL (`json_agg`, `json_build_object`): postgres.js answers it parsed, PGlite as text. */
export const parsedJson = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) as T : value as T);
