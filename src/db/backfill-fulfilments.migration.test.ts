import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrationsFolder } from './client.js';
import { shippedMigrations } from './readiness.js';

/** Runs the shipped migration `tag` as the migrator does: statement by statement. */
async function apply(db: PGlite, tag: string) {
  const text = fs.readFileSync(path.join(migrationsFolder, `${tag}.sql`), 'utf8');
  for (const statement of text.split('--> statement-breakpoint')) await db.exec(statement);
}

let db: PGlite;
let backfill: string;
beforeAll(async () => {
  db = await PGlite.create({ extensions: { pg_trgm } });
  const at = shippedMigrations.findIndex((migration) => migration.tag.endsWith('_backfill_obligation_fulfilments'));
  expect(at).toBeGreaterThan(0);
  backfill = shippedMigrations[at].tag;
  for (const migration of shippedMigrations.slice(0, at)) await apply(db, migration.tag);
});
afterAll(async () => { await db?.close(); });

/** Obligations, orders, shipments and payments as they were before fulfilments were recorded, and the backfill applied. */
it('gives existing obligations their chronicle: manual fulfilments, then past shipments and payments oldest due first', async () => {
  await db.exec(`
    insert into counterparties (id, kind, name) overriding system value values (3, 'ORGANIZATION', 'Lviv Tools');
    insert into products (id, name, type, unit) overriding system value values (5, 'Drill', 'GOODS', 'pcs');
    insert into contracts (id, number, date, counterparty_id, status, currency, total) overriding system value values
      (21, 'C-1', '2026-03-01', 3, 'ACTIVE', 'EUR', '1000.00');
    insert into obligations (id, counterparty_id, kind, debtor, description, amount, currency, fulfilled_amount, due_date, status, contract_id, updated_at)
      overriding system value values
      (31, 3, 'DELIVERY', 'OURS', 'Delivery', '1000.00', 'EUR', '0', '2026-03-11', 'OPEN', 21, now()),
      (32, 3, 'PAYMENT', 'THEIRS', 'Prepayment', '300.00', 'EUR', '0', '2026-03-01', 'OPEN', 21, now()),
      (33, 3, 'PAYMENT', 'THEIRS', 'Payment', '700.00', 'EUR', '0', '2026-03-25', 'OPEN', 21, now()),
      (34, 3, 'DOCUMENT', 'OURS', 'Certificates', '10.00', 'EUR', '4.00', null, 'PARTIALLY_FULFILLED', null, '2026-02-10T12:00:00Z');
    insert into orders (id, number, date, counterparty_id, contract_id, status, currency, total, shipped_amount, paid_amount) overriding system value values
      (41, 'O-1', '2026-03-01', 3, 21, 'POSTED', 'EUR', '1000.00', '400.00', '350.00'),
      (42, 'O-2', '2026-03-01', 3, null, 'POSTED', 'EUR', '50.00', '0', '50.00');
    insert into shipments (id, order_id, date, amount) overriding system value values (51, 41, '2026-03-05', '400.00');
    insert into payments (id, order_id, date, amount, created_at) overriding system value values
      (61, 41, '2026-03-03', '150.00', '2026-03-03T10:00:00Z'), (62, 41, '2026-03-02', '200.00', '2026-03-02T10:00:00Z'), (63, 42, '2026-03-02', '50.00', now());
  `);
  await apply(db, backfill);

  const { rows: entries } = await db.query(`
    select obligation_id::int as obligation, shipment_id::int as shipment, payment_id::int as payment, to_char(date, 'YYYY-MM-DD') as date, amount::text as amount
    from obligation_fulfilments order by obligation_id, date, id`);
  expect(entries).toEqual([
    { obligation: 31, shipment: 51, payment: null, date: '2026-03-05', amount: '400.00' },
    // The payment of 2 March comes first, however registered; 3 March's spills over to the next stage.
    { obligation: 32, shipment: null, payment: 62, date: '2026-03-02', amount: '200.00' },
    { obligation: 32, shipment: null, payment: 61, date: '2026-03-03', amount: '100.00' },
    { obligation: 33, shipment: null, payment: 61, date: '2026-03-03', amount: '50.00' },
    { obligation: 34, shipment: null, payment: null, date: '2026-02-10', amount: '4.00' },
  ]);
  const { rows: obligations } = await db.query(`select id::int as id, fulfilled_amount::text as fulfilled, status from obligations order by id`);
  expect(obligations).toEqual([
    { id: 31, fulfilled: '400.00', status: 'PARTIALLY_FULFILLED' },
    { id: 32, fulfilled: '300.00', status: 'FULFILLED' },
    { id: 33, fulfilled: '50.00', status: 'PARTIALLY_FULFILLED' },
    { id: 34, fulfilled: '4.00', status: 'PARTIALLY_FULFILLED' },
  ]);
});
