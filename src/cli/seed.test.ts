import { count, eq, isNotNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { executeRows } from '../db/raw.js';
import { contracts, obligationFulfilments, obligations, orders, payments, shipments } from '../db/schema/index.js';
import { startTestApi, type TestApi } from '../testing/api.js';
import { seedDeals } from './seed-deals.js';
import { seedPrefix, seedStatements } from './seed-sql.js';

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => { await api?.stop(); });

it('seeds a register and deals that pass every rule of the services', async () => {
  const size = { counterparties: 300, personsPerCounterparty: 2, chroniclePerCounterparty: 3, obligationsPerCounterparty: 1 };
  await api.db.transaction(async (tx) => {
    for (const statement of seedStatements('test', size)) await tx.execute(statement);
  });
  const made = await seedDeals(api.db, seedPrefix('test'), 6);
  expect(made).toEqual({ contracts: 6, orders: 6 });
  const total = async (query: Promise<{ n: number }[]>) => (await query)[0].n;
  expect(await total(api.db.select({ n: count() }).from(contracts).where(eq(contracts.status, 'ACTIVE')))).toBe(6);
  expect(await total(api.db.select({ n: count() }).from(orders).where(eq(orders.status, 'POSTED')))).toBe(6);
  expect(await total(api.db.select({ n: count() }).from(obligations).where(isNotNull(obligations.contractId)))).toBeGreaterThanOrEqual(12);
  // Orders 1, 2, 4 and 5 are paid (in part or in full); 2 and 5 are shipped too.
  expect(await total(api.db.select({ n: count() }).from(payments))).toBe(4);
  expect(await total(api.db.select({ n: count() }).from(shipments))).toBe(2);
  // Every obligation's fulfilled amount is the sum of its chronicle, seeded or posted.
  const [{ mismatched }] = await executeRows<{ mismatched: number }>(api.db, sql`
    select count(*)::int as mismatched from obligations o
    where o.fulfilled_amount <> coalesce((select sum(f.amount) from obligation_fulfilments f where f.obligation_id = o.id), 0)`);
  expect(mismatched).toBe(0);
  expect(await total(api.db.select({ n: count() }).from(obligationFulfilments))).toBeGreaterThan(0);
});
