import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { withConstraintsRebuiltAfter } from './bulk-load.js';
import { openCliDatabase } from './database.js';
import { seedDeals } from './seed-deals.js';
import { BULK_TABLES, dealCount, productCount, seedPrefix, seedStatements, type SeedSize } from './seed-sql.js';

/**
 * `npm run seed -- --counterparties 100000`: adds a realistic demo data set to the configured
 * database (DATABASE_URL, or the embedded one). Each run adds a new batch; nothing is deleted.
 */
const { values } = parseArgs({
  options: {
    counterparties: { type: 'string', default: '1000' },
    'persons-per-counterparty': { type: 'string', default: '3' },
    'chronicle-per-counterparty': { type: 'string', default: '20' },
    'obligations-per-counterparty': { type: 'string', default: '3' },
  },
});

function count(name: keyof typeof values, max: number): number {
  const value = Number(values[name]);
  if (!Number.isInteger(value) || value < 0 || value > max) {
    console.error(`--${name} must be a whole number from 0 to ${max}.`);
    process.exit(2);
  }
  return value;
}

const size: SeedSize = {
  counterparties: count('counterparties', 10_000_000),
  personsPerCounterparty: count('persons-per-counterparty', 50),
  chroniclePerCounterparty: count('chronicle-per-counterparty', 500),
  obligationsPerCounterparty: count('obligations-per-counterparty', 100),
};

// Deals are made through the services, several at a time: give them a few connections.
const { database } = await openCliDatabase(6);
const started = performance.now();
const runId = Date.now().toString(36);
await database.db.transaction(async (tx) => {
  // Index rebuilds get room to sort in memory; JIT would only add compile time to these one-off statements.
  await tx.execute(sql`set local maintenance_work_mem = '256MB'`);
  await tx.execute(sql`set local jit = off`);
  await withConstraintsRebuiltAfter(tx, BULK_TABLES, async () => {
    for (const statement of seedStatements(runId, size)) await tx.execute(statement);
  });
});
await database.db.execute(sql`analyze`);
const bulkSeconds = ((performance.now() - started) / 1000).toFixed(1);
const deals = await seedDeals(database.db, seedPrefix(runId), dealCount(size.counterparties));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const c = size.counterparties;
console.log(`Seeded ${c} counterparties, ${c * size.personsPerCounterparty} persons, ${c * size.chroniclePerCounterparty} chronicle entries,`
  + ` ${c * size.obligationsPerCounterparty} obligations, ${productCount(c)} products with prices and agreements in ${bulkSeconds} s;`
  + ` then ${deals.contracts} contracts and ${deals.orders} orders through the services, ${seconds} s in all (${database.driver}).`);
await database.close();
