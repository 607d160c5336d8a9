import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { freshPostgresDatabase } from '../testing/api.js';
import { openDatabase } from './client.js';
import { shippedMigrations } from './readiness.js';
import { executeRows } from './raw.js';

/** Several instances of the API starting together against one new database, as a deployment does. */
describe.skipIf(!process.env.DATABASE_URL)('migrations on PostgreSQL', () => {
  it('lets three processes migrate one new database at once: each migration applied once, and all of them ready', async () => {
    const fresh = await freshPostgresDatabase(process.env.DATABASE_URL!);
    try {
      const instances = await Promise.all([1, 2, 3].map(() => openDatabase({ url: fresh.url, poolSize: 1 })));
      try {
        await Promise.all(instances.map((instance) => instance.migrate()));
        const [{ applied, distinct }] = await executeRows<{ applied: number; distinct: number }>(instances[0].db, sql`
          select count(*)::int as applied, count(distinct hash)::int as distinct from drizzle.__drizzle_migrations`);
        expect({ applied, distinct }).toEqual({ applied: shippedMigrations.length, distinct: shippedMigrations.length });
      } finally {
        await Promise.all(instances.map((instance) => instance.close()));
      }
    } finally {
      await fresh.drop();
    }
  });
});
