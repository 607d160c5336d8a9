import { sql } from 'drizzle-orm';
import { bigint, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, type AnyPgColumn } from 'drizzle-orm/pg-core';

/** Surrogate key: a bigint identity, exposed to clients only inside global ids. */
export const id = () => bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity();

/** A reference to another table's `id`. */
export const ref = (name: string) => bigint(name, { mode: 'number' });

export const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date', precision: 3 }).notNull().defaultNow();
export const updatedAt = () => timestamp('updated_at', { withTimezone: true, mode: 'date', precision: 3 }).notNull().defaultNow();

/** Optimistic-concurrency counter: every update must name the version it read. */
export const version = () => integer('version').notNull().default(1);

/** The columns every editable record carries. */
export const recordColumns = () => ({
  createdAt: createdAt(),
  updatedAt: updatedAt(),
  version: version(),
});

/**
 * The table of a folder tree (src/modules/folders): folders nest without limit, and siblings are
 * told apart by name regardless of case (roots share the parent "nothing"), which the index
 * `<name>_parent_name_key` holds.
 */
export function folderTable<Name extends string>(name: Name) {
  const table = pgTable(name, {
    id: id(),
    name: text('name').notNull(),
    parentId: ref('parent_id').references((): AnyPgColumn => table.id),
    ...recordColumns(),
  }, (t) => [
    index(`${name}_parent_id_idx`).on(t.parentId),
    uniqueIndex(`${name}_parent_name_key`).on(sql`coalesce(${t.parentId}, 0)`, sql`lower(${t.name})`),
  ]);
  return table;
}

/** Where a record a client may raise (an appeal, a claim) was registered: by staff, or by the client in the partner portal. */
export const registeredVia = pgEnum('registered_via', ['STAFF', 'PORTAL']);
