import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { executeRows } from '../db/raw.js';

/**
 * Runs a bulk load into `tables` with their foreign keys and secondary indexes set aside: they are
 * dropped first and rebuilt afterwards, in the same transaction. Checking a foreign key once over
 * the whole table and building an index in one sort is many times faster than doing both row by
 * row; the result is the same schema, validated the same way. Locks the tables meanwhile.
 */
export async function withConstraintsRebuiltAfter(tx: Database, tables: string[], load: () => Promise<void>): Promise<void> {
  const names = sql.join(tables.map((table) => sql`${table}`), sql`, `);
  const foreignKeys = await executeRows<{ table_name: string; name: string; definition: string }>(tx, sql`
    select conrelid::regclass::text as table_name, conname as name, pg_get_constraintdef(oid) as definition
    from pg_constraint where contype = 'f' and conrelid::regclass::text in (${names})`);
  const indexes = await executeRows<{ name: string; definition: string }>(tx, sql`
    select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
    from pg_index i
    where i.indrelid::regclass::text in (${names}) and not i.indisprimary
      and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`);
  for (const fk of foreignKeys) await tx.execute(sql.raw(`alter table ${fk.table_name} drop constraint "${fk.name}"`));
  for (const index of indexes) await tx.execute(sql.raw(`drop index ${index.name}`));
  await load();
  for (const index of indexes) await tx.execute(sql.raw(index.definition));
  for (const fk of foreignKeys) await tx.execute(sql.raw(`alter table ${fk.table_name} add constraint "${fk.name}" ${fk.definition}`));
}
