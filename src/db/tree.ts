import { getTableName, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './client.js';
import { executeRows } from './raw.js';

type TreeTable = PgTable & { id: PgColumn; parentId: PgColumn };

/** Ids of the row `id` and of its ancestors through `parent_id`; empty when the row does not exist. */
export async function ancestorIds(db: Database, table: TreeTable, id: number): Promise<number[]> {
  const rows = await executeRows<{ id: number | string }>(db, sql`
    with recursive chain(id, parent_id) as (
      select ${table.id}, ${table.parentId} from ${table} where ${table.id} = ${id}
      union
      select t.id, t.parent_id from ${table} t join chain on t.id = chain.parent_id
    ) select id from chain`);
  return rows.map((row) => Number(row.id));
}

/**
 * Serialises changes to the shape of one tree until the transaction ends, so two concurrent
 * re-parentings cannot each pass the cycle check and build a cycle together.
 */
export async function lockTree(db: Database, table: TreeTable): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`tree:${getTableName(table)}`}))`);
}

/**
 * Whether making `parentId` the parent of `id` would close a cycle (including parenting a row to
 * itself). Call inside a transaction after lockTree.
 */
export async function wouldCycle(db: Database, table: TreeTable, id: number, parentId: number): Promise<boolean> {
  return parentId === id || (await ancestorIds(db, table, parentId)).includes(id);
}
