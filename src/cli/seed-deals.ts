import { sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { createContext, type Context } from '../context.js';
import type { Database } from '../db/client.js';
import { executeRows } from '../db/raw.js';
import { toGlobalId } from '../lib/global-id.js';
import * as contracts from '../modules/contracts/contracts.service.js';
import * as orders from '../modules/orders/orders.service.js';

/**
 * Contracts and sales orders for seeded individual agreements, made through the services: the
 * demo data then obeys every rule (specification amounts, obligations generated on posting, terms
 * checked at posting, nothing shipped before the prepayment) exactly as data entered through the
 * API does, and no rule is written a second time in SQL.
 */

const SEED_VIEWER = { apiKeyId: 0, role: 'ADMIN', employeeId: null } as const;

interface Deal { agreementId: number; counterpartyId: number; priceTypeId: number }

type Payload = { userErrors: { field: string[] | null; code: string; message: string }[] };

/** A service call's result, or an error naming what the seed could not make. */
function ok<T extends Payload>(what: string, payload: T): T {
  if (payload.userErrors.length > 0) throw new Error(`seed: ${what} was refused: ${JSON.stringify(payload.userErrors)}`);
  return payload;
}

export async function seedDeals(db: Database, prefix: string, count: number, concurrency = 6): Promise<{ contracts: number; orders: number }> {
  const deals = (await executeRows<{ agreement_id: string | number; counterparty_id: string | number; price_type_id: string | number }>(db, sql`
    select a.id as agreement_id, a.counterparty_id, coalesce(a.price_type_id, t.price_type_id) as price_type_id
    from agreements a join agreements t on t.id = a.base_agreement_id
    where a.external_id like ${`${prefix}individual-%`} and a.status = 'ACTIVE'
    order by a.id limit ${count}`)).map((row): Deal => ({
    agreementId: Number(row.agreement_id), counterpartyId: Number(row.counterparty_id), priceTypeId: Number(row.price_type_id),
  }));
  const goods = (await executeRows<{ id: string | number }>(db, sql`
    select id from products where external_id like ${`${prefix}prod-%`} and type = 'GOODS' order by id limit 500`)).map((row) => Number(row.id));
  if (deals.length === 0 || goods.length < 2) return { contracts: 0, orders: 0 };

  const context = (): Context => createContext(db, SEED_VIEWER);
  const today = DateTime.utc().startOf('day');

  async function deal(deal: Deal, index: number): Promise<void> {
    const date = today.minus({ days: 10 + (index % 150) }).toISODate()!;
    const productKeys = [goods[(index * 2) % goods.length], goods[(index * 2 + 1) % goods.length]];
    const priceRows = await executeRows<{ product_id: string | number; price: string }>(db, sql`
      select distinct on (product_id) product_id, price from prices
      where product_id in (${productKeys[0]}, ${productKeys[1]}) and price_type_id = ${deal.priceTypeId} and effective_from <= ${date}
      order by product_id, effective_from desc`);
    const prices = productKeys.map((key) => priceRows.find((row) => Number(row.product_id) === key)?.price ?? '100.00');
    const products = productKeys.map((key) => toGlobalId('Product', key));
    const counterpartyId = toGlobalId('Counterparty', deal.counterpartyId);
    const agreementId = toGlobalId('Agreement', deal.agreementId);

    const contract = ok('a contract', await contracts.createContract(context(), {
      counterpartyId, agreementId, number: `${prefix}C-${index}`, date, subject: 'Supply of goods',
      lines: products.map((productId, i) => ({ productId, quantity: String(20 + (index % 30)), unitPrice: prices[i] })),
    }) as Payload & { contract: { id: number; version: number } }).contract;
    ok('posting a contract', await contracts.postContract(context(), { id: toGlobalId('Contract', contract.id), expectedVersion: contract.version }) as Payload);

    const order = ok('an order', await orders.createOrder(context(), {
      counterpartyId, agreementId, contractId: toGlobalId('Contract', contract.id), number: `${prefix}SO-${index}`, date,
      lines: products.map((productId, i) => ({ productId, quantity: String(1 + ((index + i) % 9)) })),
    }) as Payload & { order: { id: number; version: number } }).order;
    const orderId = toGlobalId('Order', order.id);
    const posted = ok('posting an order', await orders.postOrder(context(), { id: orderId, expectedVersion: order.version }) as Payload & {
      order: { total: string; prepaymentRequired: string };
    }).order;
    // A third of the orders wait for payment, a third are prepaid, a third are paid and shipped.
    if (index % 3 === 0) return;
    const paid = index % 3 === 1 && posted.prepaymentRequired !== '0.00' ? posted.prepaymentRequired : posted.total;
    ok('a payment', await orders.recordPayment(context(), { orderId, date, amount: paid }) as Payload);
    if (index % 3 === 2) {
      const lines = await context().loaders.orders.linesByOrderId.load(order.id);
      ok('a shipment', await orders.recordShipment(context(), {
        orderId, date, lines: lines.map((line) => ({ orderLineId: toGlobalId('OrderLine', line.id), quantity: line.quantity })),
      }) as Payload);
    }
  }

  for (let start = 0; start < deals.length; start += concurrency) {
    await Promise.all(deals.slice(start, start + concurrency).map((row, offset) => deal(row, start + offset)));
  }
  return { contracts: deals.length, orders: deals.length };
}
