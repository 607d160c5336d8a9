import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { countsByParent, pagesByParent, selectConnection, type ListPerParent } from '../../db/paging.js';
import { allColumnsOf, isAnyOf, rowsByIds, rowsByParents } from '../../db/json-rows.js';
import { executeRows } from '../../db/raw.js';
import { rowAtVersion, updateVersioned } from '../../db/versioned.js';
import {
  orderLines, orders, payments, shipmentLines, shipments,
  type OrderLineRow, type OrderRow, type PaymentRow, type ShipmentRow,
} from '../../db/schema/index.js';
import { fromHundredths, toHundredths } from '../../lib/money.js';
import { sortBy, type Page, type PageArgs, type SortKey } from '../../lib/connection.js';
import type { UniqueFields } from '../../lib/write.js';

export type OrderInsert = typeof orders.$inferInsert;
export type OrderStatus = OrderRow['status'];
export type OrderLineInsert = Omit<typeof orderLines.$inferInsert, 'orderId' | 'id'>;

/** An order filter with ids already decoded; every given condition must hold. */
/** The unique constraints an order write can break through its input. */
export const uniqueFields: UniqueFields = {
  orders_number_key: { field: 'number', message: 'Another order already has this number.' },
  orders_external_id_key: { field: 'externalId', message: 'Another order already has this externalId.' },
};

export interface OrderFilter {
  counterpartyId?: number | null;
  statuses?: OrderStatus[] | null;
}

/** Newest first: by date descending, then id descending. */
export const orderOrder: SortKey<OrderRow>[] = [
  { name: 'orders.date', column: orders.date, type: 'date', descending: true, valueOf: (row) => row.date },
  sortBy.id<OrderRow>(orders.id, true),
];

function conditions(filter: OrderFilter): SQL | undefined {
  const where: (SQL | undefined)[] = [];
  if (filter.counterpartyId != null) where.push(eq(orders.counterpartyId, filter.counterpartyId));
  if (filter.statuses) where.push(inArray(orders.status, filter.statuses));
  return and(...where);
}

export const listOrders = (db: Database, filter: OrderFilter, args: PageArgs) =>
  selectConnection(db, allColumnsOf(orders), conditions(filter), orderOrder, args);

export const ordersByIds = (db: Database, ids: readonly number[]) =>
  rowsByIds(db, orders, ids);

export async function orderById(db: Database, id: number): Promise<OrderRow | null> {
  const [row] = await db.select().from(orders).where(eq(orders.id, id));
  return row ?? null;
}

export const orderAtVersion = (db: Database, id: number, expectedVersion: number) =>
  rowAtVersion(db, orders, id, expectedVersion);

/** The orders of a counterparty, every column. */
const counterpartyOrders: ListPerParent<typeof orders> = { ...allColumnsOf(orders), parent: orders.counterpartyId, keys: orderOrder };

/**
 * The page of orders of every counterparty in `counterpartyIds`, in one statement, read from the
 * (counterparty, date, id) index (see `pagesByParent`).
 */
export const pagesByCounterparty = (db: Database, counterpartyIds: readonly number[], page: Page) =>
  pagesByParent(db, counterpartyOrders, counterpartyIds, page);

/** How many orders each of `counterpartyIds` has, in one statement. */
export const countsByCounterparty = (db: Database, counterpartyIds: readonly number[]) =>
  countsByParent(db, counterpartyOrders, counterpartyIds);

/** The lines of each of `orderIds`, by line number. */
export const linesByOrders = (db: Database, orderIds: readonly number[]) =>
  rowsByParents(db, orderLines, orderLines.orderId, orderIds, [asc(orderLines.lineNo)]);

export const linesByIds = (db: Database, ids: readonly number[]) =>
  rowsByIds(db, orderLines, ids);

export const shipmentsByIds = (db: Database, ids: readonly number[]) =>
  rowsByIds(db, shipments, ids);

export const paymentsByIds = (db: Database, ids: readonly number[]) =>
  rowsByIds(db, payments, ids);

/** The shipments of each of `orderIds`, oldest first. */
export const shipmentsByOrders = (db: Database, orderIds: readonly number[]) =>
  rowsByParents(db, shipments, shipments.orderId, orderIds, [asc(shipments.date), asc(shipments.id)]);

export const shipmentLinesByShipments = (db: Database, shipmentIds: readonly number[]) =>
  rowsByParents(db, shipmentLines, shipmentLines.shipmentId, shipmentIds, [asc(shipmentLines.id)]);

/** The payments of each of `orderIds`, oldest first. */
export const paymentsByOrders = (db: Database, orderIds: readonly number[]) =>
  rowsByParents(db, payments, payments.orderId, orderIds, [asc(payments.date), asc(payments.id)]);

export interface SettlementTotals { receivable: string; overdue: string }

/** What each counterparty owes on its POSTED orders, and the part of it overdue on `today`, in one statement. */
export async function settlementTotals(db: Database, counterpartyIds: readonly number[], today: string): Promise<Map<number, SettlementTotals>> {
  const rows = await db.select({
    counterpartyId: orders.counterpartyId,
    receivable: sql<string>`sum(${orders.total} - ${orders.paidAmount})::text`,
    overdue: sql<string>`coalesce(sum(${orders.total} - ${orders.paidAmount}) filter (where ${orders.expectedPaymentDate} < ${today}::date), 0)::text`,
  }).from(orders)
    .where(and(inArray(orders.counterpartyId, [...counterpartyIds]), eq(orders.status, 'POSTED')))
    .groupBy(orders.counterpartyId);
  const money = (value: string) => fromHundredths(toHundredths(value)!);
  return new Map(rows.map((row) => [row.counterpartyId, { receivable: money(row.receivable), overdue: money(row.overdue) }]));
}

export interface SettlementEventRow {
  counterpartyId: number;
  kind: 'SHIPMENT' | 'PAYMENT';
  id: number;
  orderId: number;
  date: string;
  amount: string;
}

/**
 * The shipments and payments of each counterparty's orders, newest first (date, then registration),
 * at most `limit` per counterparty, in one statement.
 */
export async function historyByCounterparties(db: Database, counterpartyIds: readonly number[], limit: number): Promise<SettlementEventRow[]> {
  if (counterpartyIds.length === 0) return [];
  const ofCounterparties = isAnyOf(sql`o.counterparty_id`, counterpartyIds);
  const rows = await executeRows<Record<string, string>>(db, sql`
    select counterparty_id::text as "counterpartyId", kind, id::text as id, order_id::text as "orderId",
           to_char(date, 'YYYY-MM-DD') as date, amount::text as amount
    from (
      select e.*, row_number() over (partition by e.counterparty_id order by e.date desc, e.created_at desc, e.kind, e.id desc) as n
      from (
        select 'SHIPMENT' as kind, s.id, s.order_id, s.date, s.amount, s.created_at, o.counterparty_id
        from ${shipments} s join ${orders} o on o.id = s.order_id where ${ofCounterparties}
        union all
        select 'PAYMENT' as kind, p.id, p.order_id, p.date, p.amount, p.created_at, o.counterparty_id
        from ${payments} p join ${orders} o on o.id = p.order_id where ${ofCounterparties}
      ) e
    ) ranked
    where n <= ${limit}
    order by counterparty_id, n`);
  return rows.map((row) => ({
    counterpartyId: Number(row.counterpartyId), kind: row.kind as SettlementEventRow['kind'], id: Number(row.id),
    orderId: Number(row.orderId), date: row.date, amount: row.amount,
  }));
}

export async function insertOrder(db: Database, values: OrderInsert): Promise<OrderRow> {
  const [row] = await db.insert(orders).values(values).returning();
  return row;
}

/** Replaces all lines of the order with `lines`, numbered 1, 2, ... in list order. */
export async function replaceLines(db: Database, orderId: number, lines: readonly OrderLineInsert[]): Promise<void> {
  await db.delete(orderLines).where(eq(orderLines.orderId, orderId));
  if (lines.length > 0) await db.insert(orderLines).values(lines.map((line) => ({ ...line, orderId })));
}

/** Applies `values` if the order is still at `expectedVersion` (see updateVersioned). */
export const updateOrder = (db: Database, id: number, expectedVersion: number, values: Partial<OrderInsert>) =>
  updateVersioned(db, orders, id, expectedVersion, values);

/**
 * Adds `quantity` to the line's shipped quantity only if that stays within its quantity: check and
 * increment are one statement, so concurrent shipments cannot over-ship. Null when refused.
 */
export async function shipLine(db: Database, orderId: number, lineId: number, quantity: string): Promise<OrderLineRow | null> {
  const [row] = await db.update(orderLines)
    .set({ shippedQuantity: sql`${orderLines.shippedQuantity} + ${quantity}::numeric` })
    .where(and(
      eq(orderLines.id, lineId), eq(orderLines.orderId, orderId),
      sql`${orderLines.shippedQuantity} + ${quantity}::numeric <= ${orderLines.quantity}`,
    ))
    .returning();
  return row ?? null;
}

const bump = { version: sql`${orders.version} + 1`, updatedAt: sql`now()` };

/**
 * Adds `amount` to a POSTED order's shipped amount only if it stays within the total and the
 * prepaid share is paid, in one statement. Null when refused.
 */
export async function addShipped(db: Database, orderId: number, amount: string): Promise<OrderRow | null> {
  const [row] = await db.update(orders)
    .set({ shippedAmount: sql`${orders.shippedAmount} + ${amount}::numeric`, ...bump })
    .where(and(
      eq(orders.id, orderId), eq(orders.status, 'POSTED'),
      sql`${orders.shippedAmount} + ${amount}::numeric <= ${orders.total}`,
      sql`${orders.paidAmount} >= ${orders.prepaymentRequired}`,
    ))
    .returning();
  return row ?? null;
}

/** Adds `amount` to a POSTED order's paid amount only if it stays within the total, in one statement. Null when refused. */
export async function addPaid(db: Database, orderId: number, amount: string): Promise<OrderRow | null> {
  const [row] = await db.update(orders)
    .set({ paidAmount: sql`${orders.paidAmount} + ${amount}::numeric`, ...bump })
    .where(and(eq(orders.id, orderId), eq(orders.status, 'POSTED'), sql`${orders.paidAmount} + ${amount}::numeric <= ${orders.total}`))
    .returning();
  return row ?? null;
}

export async function insertShipment(
  db: Database, values: { orderId: number; date: string; amount: string }, lines: { orderLineId: number; quantity: string }[],
): Promise<ShipmentRow> {
  const [row] = await db.insert(shipments).values(values).returning();
  await db.insert(shipmentLines).values(lines.map((line) => ({ ...line, shipmentId: row.id })));
  return row;
}

export async function insertPayment(db: Database, values: { orderId: number; date: string; amount: string }): Promise<PaymentRow> {
  const [row] = await db.insert(payments).values(values).returning();
  return row;
}

