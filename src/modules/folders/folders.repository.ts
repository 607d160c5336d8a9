import { asc, eq, getTableName, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/client.js';
import { givenKeysRelation } from '../../db/bulk.js';
import { executeRows } from '../../db/raw.js';
import type { folderTable } from '../../db/schema/columns.js';
import type { counterpartyGroups, CounterpartyGroupRow } from '../../db/schema/index.js';
import { ancestorIds, lockTree } from '../../db/tree.js';
import { updateVersioned } from '../../db/versioned.js';

/**
 * The SQL of a folder tree (counterparty groups, product groups, service-journal folders, appeal
 * types): tables made by `folderTable` whose folders hold members through a column of another
 * table. One implementation serves every catalogue that files things into folders.
 */
export type FolderTable = ReturnType<typeof folderTable>;
export type FolderRow = CounterpartyGroupRow;
export type FolderInsert = typeof counterpartyGroups.$inferInsert;

export function folderTreeRepository(folders: FolderTable, memberFolder: PgColumn) {
  // The tables share their columns; one static type keeps Drizzle's inference simple.
  const table = folders as typeof counterpartyGroups;
  return {
    /** The unique index on (parent, lower(name)) `folderTable` makes. */
    siblingNameConstraint: `${getTableName(folders)}_parent_name_key`,

    byIds: (db: Database, ids: readonly number[]): Promise<FolderRow[]> =>
      db.select().from(table).where(inArray(table.id, [...ids])),

    children: (db: Database, parentIds: readonly number[]): Promise<FolderRow[]> =>
      db.select().from(table).where(inArray(table.parentId, [...parentIds])).orderBy(asc(table.name), asc(table.id)),

    roots: (db: Database): Promise<FolderRow[]> =>
      db.select().from(table).where(isNull(table.parentId)).orderBy(asc(table.name), asc(table.id)),

    /** Each folder's names from the top down, joined by "/", for all `ids` in one statement. */
    async paths(db: Database, ids: readonly number[]): Promise<{ id: number; path: string }[]> {
      const rows = await executeRows<{ id: number | string; path: string }>(db, sql`
        with recursive chain(start_id, parent_id, name, depth) as (
          select id, parent_id, name, 0 from ${table} where id in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})
          union all
          select chain.start_id, f.parent_id, f.name, chain.depth + 1
          from ${table} f join chain on f.id = chain.parent_id
          where chain.depth < 100
        )
        select start_id as id, string_agg(name, '/' order by depth desc) as path from chain group by start_id`);
      return rows.map((row) => ({ id: Number(row.id), path: row.path }));
    },

    /**
     * The folders at `paths` (as normalisedFolderPath writes them), keyed by the path as sent.
     * Names are compared regardless of case, as sibling names are unique regardless of case;
     * PostgreSQL lowers both sides.
     */
    async idsByPaths(db: Database, paths: readonly string[]): Promise<Map<string, number>> {
      if (paths.length === 0) return new Map();
      const rows = await executeRows<{ id: number | string; key: string }>(db, sql`
        with recursive folder_path(id, path) as (
          select id, name from ${table} where parent_id is null
          union all
          select f.id, folder_path.path || '/' || f.name from ${table} f join folder_path on f.parent_id = folder_path.id
        )
        select folder_path.id, given.key from folder_path
        join ${givenKeysRelation(paths)}
          on lower(folder_path.path) = lower(given.key)`);
      return new Map(rows.map((row) => [row.key, Number(row.id)]));
    },

    /** The ids of a folder and of every folder below it, as a subquery for `in (...)`. */
    subtree: (id: number): SQL => sql`(
      with recursive subtree(id) as (
        select ${id}::bigint
        union all
        select f.id from ${table} f join subtree s on f.parent_id = s.id
      ) select id from subtree)`,

    lock: (db: Database) => lockTree(db, table),
    ancestorIds: (db: Database, id: number) => ancestorIds(db, table, id),
    update: (db: Database, id: number, expectedVersion: number, values: Partial<FolderInsert>) =>
      updateVersioned(db, table, id, expectedVersion, values),

    async insert(db: Database, values: FolderInsert): Promise<FolderRow> {
      const [row] = await db.insert(table).values(values).returning();
      return row;
    },

    /** Whether a folder holds neither subfolders nor members. */
    async isEmpty(db: Database, id: number): Promise<boolean> {
      const [child] = await db.select({ id: table.id }).from(table).where(eq(table.parentId, id)).limit(1);
      if (child) return false;
      const [member] = await db.select({ one: sql`1` }).from(memberFolder.table).where(eq(memberFolder, id)).limit(1);
      return !member;
    },

    async remove(db: Database, id: number): Promise<boolean> {
      const deleted = await db.delete(table).where(eq(table.id, id)).returning({ id: table.id });
      return deleted.length > 0;
    },
  };
}

export type FolderTreeRepository = ReturnType<typeof folderTreeRepository>;
