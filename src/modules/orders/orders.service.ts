import type { Context } from '../../context.js';
import type { OrderLineRow, OrderRow } from '../../db/schema/index.js';
import { readPage, type Connection, type PageArgs } from '../../lib/connection.js';
import { notFound } from '../../lib/errors.js';
import { referenceKeyOrThrow, requireKey } from '../../lib/global-id.js';
import { fromHundredths, toHundredths } from '../../lib/money.js';
import { referenceKey, requireFound } from '../../lib/references.js';
import { failed, InputErrors, type UserError } from '../../lib/user-errors.js';
import { decimalInput } from '../../lib/decimal-input.js';
import { payloadWriter, versionedRow, writeInTransaction } from '../../lib/write.js';
import { requireWriter } from '../auth/viewer.js';
import { agreementTerms } from '../agreements/agreements.service.js';
import { percentOf, type Terms } from '../agreements/terms.js';
import { fromThousandths, toThousandths } from '../contracts/specification.js';
import { allocateFulfilment, type Allocation } from '../obligations/obligations.repository.js';
import * as repository from './orders.repository.js';
import type { OrderFilter, OrderLineInsert, OrderStatus } from './orders.repository.js';
import {
  checkOrderTerms, discountedAmount, expectedPaymentDate, latestShipmentDate, prepaymentShare,
} from './terms-check.js';

const NUMBER_MAX = 100;
const EXTERNAL_ID_MAX = 200;
/** numeric(18,3) and numeric(18,2) hold 15 and 16 integer digits. */
const MAX_QUANTITY = 10n ** 18n;
const MAX_MONEY = 10n ** 18n;

export interface OrderFilterInput {
  counterpartyId?: string | null;
  statuses?: OrderStatus[] | null;
}

function readFilter(where: OrderFilterInput | null | undefined): OrderFilter {
  if (!where) return {};
  return {
    counterpartyId: referenceKeyOrThrow(where.counterpartyId, 'Counterparty', ['where', 'counterpartyId']),
    statuses: where.statuses,
  };
}

export const listOrders = (ctx: Context, where: OrderFilterInput | null | undefined, args: PageArgs) =>
  repository.listOrders(ctx.db, readFilter(where), args);

export const getOrder = (ctx: Context, id: string) =>
  ctx.loaders.orders.byId.load(requireKey(id, 'Order', ['id']));

/** `Counterparty.orders`: one page per counterparty, all counterparties of a level in one statement. */
export function counterpartyOrders(ctx: Context, counterpartyId: number, args: PageArgs): Promise<Connection<OrderRow>> {
  const page = readPage(args, repository.orderOrder);
  return ctx.loaders.orders.byCounterpartyId({ page }).load(counterpartyId);
}

export type Progress = 'NONE' | 'PARTIAL' | 'FULL';

/** By the lines' quantities: nothing shipped, every line in full, or anything between. */
export const shipmentState = async (ctx: Context, row: OrderRow): Promise<Progress> =>
  shipmentProgress(await ctx.loaders.orders.linesByOrderId.load(row.id));

/** How far an order with these lines is shipped. */
export function shipmentProgress(lines: readonly Pick<OrderLineRow, 'quantity' | 'shippedQuantity'>[]): Progress {
  const shipped = lines.filter((line) => toThousandths(line.shippedQuantity)! > 0n);
  if (shipped.length === 0) return 'NONE';
  return lines.every((line) => line.shippedQuantity === line.quantity || toThousandths(line.shippedQuantity) === toThousandths(line.quantity)) ? 'FULL' : 'PARTIAL';
}

export function paymentState(row: OrderRow): Progress {
  const paid = toHundredths(row.paidAmount)!;
  if (paid === 0n) return 'NONE';
  return paid >= toHundredths(row.total)! ? 'FULL' : 'PARTIAL';
}

/** total − done, for a POSTED order; nothing is outstanding on a DRAFT or CANCELLED one. */
export const outstanding = (row: OrderRow, done: string) =>
  (row.status === 'POSTED' ? fromHundredths(toHundredths(row.total)! - toHundredths(done)!) : '0.00');

export const settlementTotals = (ctx: Context, counterpartyId: number) =>
  ctx.loaders.orders.settlementTotalsByCounterpartyId.load(counterpartyId);

export const settlementHistory = (ctx: Context, counterpartyId: number) =>
  ctx.loaders.orders.settlementHistoryByCounterpartyId.load(counterpartyId);

interface LineInput { productId: string; quantity: string; price?: string | null; discountPercent?: string | null }

/**
 * Validates the lines and computes their amounts; a line without a price gets the agreement's
 * price type's price on `date` (an order without an agreement gives every price). Answers the
 * rows to write and the total, or null.
 */
async function orderLinesOf(ctx: Context, errors: InputErrors, input: readonly LineInput[], terms: Terms | null, date: string, agreementNamed: boolean) {
  const at = errors.under(['lines']);
  const before = errors.list.length;
  const keys = input.map((line, i) => referenceKey(at, [i, 'productId'], line.productId, 'Product'));
  const priceTypeId = terms?.priceTypeId ?? null;
  const [products, prices] = await Promise.all([
    Promise.all(keys.map((key) => (key == null ? null : ctx.loaders.products.byId.load(key)))),
    Promise.all(keys.map((key, i) => (key == null || input[i].price != null || priceTypeId === null
      ? null : ctx.loaders.products.priceOn({ priceTypeId, on: date }).load(key)))),
  ]);
  let total = 0n;
  const rows: OrderLineInsert[] = [];
  input.forEach((line, i) => {
    requireFound(at, [i, 'productId'], keys[i], products[i], 'product');
    const quantity = decimalInput(at, [i, 'quantity'], line.quantity, toThousandths, 3, MAX_QUANTITY, false);
    let price: bigint | null = null;
    if (line.price != null) {
      price = decimalInput(at, [i, 'price'], line.price, toHundredths, 2, MAX_MONEY, true);
    } else if (products[i] && terms) {
      // Without a valid agreement there is no price to default to; the agreement's error says why.
      if (prices[i]) price = toHundredths(prices[i]!.price)!;
      else at.add([i, 'price'], 'REQUIRED', `The agreement's price type has no price for this product on ${date}; give one.`);
    } else if (!agreementNamed) {
      at.add([i, 'price'], 'REQUIRED', 'An order without an agreement has no price type to take a price from; give one.');
    }
    const discount = line.discountPercent == null ? 0n
      : percentOf(at, [i, 'discountPercent'], line.discountPercent, 0n, 10000n, 'from 0 to 100');
    if (quantity === null || price === null || discount === null || keys[i] == null || !products[i]) return;
    const amount = discountedAmount(quantity, price, discount);
    total += amount;
    rows.push({
      lineNo: i + 1, productId: keys[i]!, quantity: fromThousandths(quantity), price: fromHundredths(price),
      discountPercent: fromHundredths(discount), amount: fromHundredths(amount),
    });
  });
  if (errors.list.length === before && total >= MAX_MONEY) errors.add(['lines'], 'OUT_OF_RANGE', 'The order total is too large.');
  return errors.list.length === before ? { rows, total: fromHundredths(total) } : null;
}

function checkDates(errors: InputErrors, date: string, shipment: string | null, payment: string | null) {
  if (shipment !== null && shipment < date) errors.add(['expectedShipmentDate'], 'OUT_OF_RANGE', `expectedShipmentDate (${shipment}) may not be before the order date (${date}).`);
  if (payment !== null && payment < date) errors.add(['expectedPaymentDate'], 'OUT_OF_RANGE', `expectedPaymentDate (${payment}) may not be before the order date (${date}).`);
}

/**
 * What a shipment or payment of an order under a contract fulfils of the contract's obligations
 * (see allocateFulfilment), written in the transaction that registers it: the order's settlements
 * and the contract's obligations stay one account.
 */
async function fulfilContract(tx: Context['db'], order: OrderRow, source: Allocation['source'], date: string, amount: string) {
  if (order.contractId === null) return;
  await allocateFulfilment(tx, { contractId: order.contractId, currency: order.currency, source, date, amount });
}

/** Forgets what this request's loaders hold about an order, so later fields read what was saved. */
function forget(ctx: Context, order: OrderRow) {
  if (order.contractId !== null) {
    // Its shipments and payments fulfilled some of the contract's obligations.
    ctx.loaders.obligations.byId.clearAll();
    ctx.loaders.obligations.fulfilmentsByObligationId.clearAll();
    ctx.loaders.contracts.obligationsByContractId.clear(order.contractId);
  }
  ctx.loaders.orders.byId.clear(order.id).prime(order.id, order);
  ctx.loaders.orders.linesByOrderId.clear(order.id);
  ctx.loaders.orders.shipmentsByOrderId.clear(order.id);
  ctx.loaders.orders.paymentsByOrderId.clear(order.id);
  ctx.loaders.orders.lineById.clearAll();
  ctx.loaders.orders.settlementTotalsByCounterpartyId.clear(order.counterpartyId);
  ctx.loaders.orders.settlementHistoryByCounterpartyId.clear(order.counterpartyId);
}

/** Writes an order in one transaction: a taken number or external id is a user error and nothing is written. */
const saving = payloadWriter('order', repository.uniqueFields, forget);

interface OrderFields {
  externalId?: string | null;
  number?: string | null;
  date?: string | null;
  agreementId?: string | null;
  contractId?: string | null;
  currency?: string | null;
  expectedShipmentDate?: string | null;
  expectedPaymentDate?: string | null;
  lines?: LineInput[] | null;
}

/** Reads the referenced agreement and contract (when given), reporting ids that name nothing. */
async function references(ctx: Context, errors: InputErrors, input: OrderFields) {
  const agreementId = referenceKey(errors, ['agreementId'], input.agreementId, 'Agreement');
  const contractId = referenceKey(errors, ['contractId'], input.contractId, 'Contract');
  const [agreement, contract] = await Promise.all([
    agreementId == null ? null : ctx.loaders.agreements.byId.load(agreementId),
    contractId == null ? null : ctx.loaders.contracts.byId.load(contractId),
  ]);
  requireFound(errors, ['agreementId'], agreementId, agreement, 'agreement');
  requireFound(errors, ['contractId'], contractId, contract, 'contract');
  return { agreementId, agreement, contractId };
}

export async function createOrder(ctx: Context, input: OrderFields & { counterpartyId: string; number: string; date: string; lines: LineInput[] }) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const externalId = errors.text(['externalId'], input.externalId, { max: EXTERNAL_ID_MAX });
  const number = errors.text(['number'], input.number, { required: true, max: NUMBER_MAX });
  const counterpartyId = referenceKey(errors, ['counterpartyId'], input.counterpartyId, 'Counterparty');
  const counterparty = counterpartyId == null ? null : await ctx.loaders.counterparties.byId.load(counterpartyId);
  requireFound(errors, ['counterpartyId'], counterpartyId, counterparty, 'counterparty');
  const { agreementId, agreement, contractId } = await references(ctx, errors, input);
  const terms = agreement ? await agreementTerms(ctx, agreement) : null;
  const currency = input.currency?.toUpperCase() ?? terms?.currency ?? null;
  if (currency === null && (agreement || input.agreementId == null)) {
    errors.add(['currency'], 'REQUIRED', agreement ? 'currency is required when the agreement sets none.' : 'currency is required when the order names no agreement.');
  }
  const shipment = input.expectedShipmentDate ?? latestShipmentDate(input.date, terms?.deliveryDays ?? null);
  const payment = input.expectedPaymentDate ?? expectedPaymentDate(input.date, shipment, terms?.paymentSchedule ?? null);
  checkDates(errors, input.date, shipment, payment);
  const lines = await orderLinesOf(ctx, errors, input.lines, terms, input.date, input.agreementId != null);
  if (errors.any) return failed(errors);
  return saving(ctx, errors, async (tx) => {
    const row = await repository.insertOrder(tx, {
      externalId, number: number!, date: input.date, counterpartyId: counterpartyId!, agreementId: agreementId ?? null,
      contractId: contractId ?? null, currency: currency!, total: lines!.total, status: 'DRAFT',
      expectedShipmentDate: shipment, expectedPaymentDate: payment,
    });
    await repository.replaceLines(tx, row.id, lines!.rows);
    return row;
  });
}

/** The order as it is now, at the version the client read (see rowAtVersion). */
async function currentOrder(ctx: Context, id: string, expectedVersion: number) {
  const key = requireKey(id, 'Order', ['input', 'id']);
  return { key, row: versionedRow(await repository.orderAtVersion(ctx.db, key, expectedVersion), 'Order', expectedVersion) };
}

const invalidState = (errors: InputErrors, row: OrderRow, action: string, allowed: string, field = 'id') => {
  errors.add([field], 'INVALID_STATE', `Only a ${allowed} order can be ${action}; this one is ${row.status}.`);
  return failed(errors);
};

export async function updateOrder(ctx: Context, input: OrderFields & { id: string; expectedVersion: number }) {
  requireWriter(ctx.viewer);
  const { key, row } = await currentOrder(ctx, input.id, input.expectedVersion);
  const errors = new InputErrors();
  if (row.status !== 'DRAFT') return invalidState(errors, row, 'changed', 'DRAFT');
  const values: Partial<repository.OrderInsert> = {};
  if (input.externalId !== undefined) values.externalId = errors.text(['externalId'], input.externalId, { max: EXTERNAL_ID_MAX });
  if (input.number !== undefined) values.number = errors.text(['number'], input.number, { required: true, max: NUMBER_MAX }) ?? undefined;
  const date = errors.notNull(['date'], input.date) ?? row.date;
  if (input.date !== undefined) values.date = date;
  const { agreementId, agreement, contractId } = await references(ctx, errors, input);
  if (input.agreementId !== undefined) values.agreementId = agreementId ?? null;
  if (input.contractId !== undefined) values.contractId = contractId ?? null;
  const currency = errors.notNull(['currency'], input.currency);
  if (currency !== undefined) values.currency = currency.toUpperCase();
  if (input.expectedShipmentDate !== undefined) values.expectedShipmentDate = input.expectedShipmentDate;
  if (input.expectedPaymentDate !== undefined) values.expectedPaymentDate = input.expectedPaymentDate;
  checkDates(errors, date, values.expectedShipmentDate !== undefined ? values.expectedShipmentDate : row.expectedShipmentDate,
    values.expectedPaymentDate !== undefined ? values.expectedPaymentDate : row.expectedPaymentDate);
  let lines: Awaited<ReturnType<typeof orderLinesOf>> = null;
  if (input.lines != null) {
    const usedId = input.agreementId !== undefined ? agreementId ?? null : row.agreementId;
    const used = input.agreementId !== undefined ? agreement : usedId === null ? null : await ctx.loaders.agreements.byId.load(usedId);
    const terms = used ? await agreementTerms(ctx, used) : null;
    lines = await orderLinesOf(ctx, errors, input.lines, terms, date, usedId !== null);
    if (lines) values.total = lines.total;
  }
  if (errors.any) return failed(errors);
  return saving(ctx, errors, async (tx) => {
    const saved = versionedRow(await repository.updateOrder(tx, key, input.expectedVersion, values), 'Order', input.expectedVersion);
    if (lines) await repository.replaceLines(tx, key, lines.rows);
    return saved;
  });
}

/**
 * Checks a DRAFT order against its agreement's terms (when it names one) and its contract (when
 * it names one); posts it, fixing its prepayment, or names every violated rule.
 */
export async function postOrder(ctx: Context, input: { id: string; expectedVersion: number }) {
  requireWriter(ctx.viewer);
  const { key, row } = await currentOrder(ctx, input.id, input.expectedVersion);
  const errors = new InputErrors();
  if (row.status !== 'DRAFT') return invalidState(errors, row, 'posted', 'DRAFT');
  const [counterparty, agreement, contract, lines] = await Promise.all([
    ctx.loaders.counterparties.byId.load(row.counterpartyId),
    row.agreementId === null ? null : ctx.loaders.agreements.byId.load(row.agreementId),
    row.contractId === null ? null : ctx.loaders.contracts.byId.load(row.contractId),
    repository.linesByOrders(ctx.db, [key]).then((byOrder) => byOrder.get(key) ?? []),
  ]);
  if (!counterparty || (row.agreementId !== null && !agreement)) throw new Error(`Order ${key} references a missing counterparty or agreement.`);
  const [terms, base] = agreement ? await Promise.all([
    agreementTerms(ctx, agreement),
    agreement.baseAgreementId === null ? null : ctx.loaders.agreements.byId.load(agreement.baseAgreementId),
  ]) : [null, null];
  const priceTypeId = terms?.priceTypeId ?? null;
  const [products, prices] = await Promise.all([
    Promise.all(lines.map((line) => ctx.loaders.products.byId.load(line.productId))),
    Promise.all(lines.map((line) => (priceTypeId === null ? null : ctx.loaders.products.priceOn({ priceTypeId, on: row.date }).load(line.productId)))),
  ]);
  const violations: UserError[] = checkOrderTerms({
    date: row.date,
    expectedShipmentDate: row.expectedShipmentDate,
    currency: row.currency,
    counterparty,
    agreement: agreement && terms ? { id: agreement.id, row: agreement, base, terms } : null,
    contract,
    lines: lines.map((line, i) => ({
      price: line.price, discountPercent: line.discountPercent, productGroupId: products[i]?.groupId ?? null, priceInForce: prices[i]?.price ?? null,
    })),
  });
  if (lines.length === 0) violations.push({ field: ['order', 'lines'], code: 'REQUIRED', message: 'An order without lines cannot be posted.' });
  if (violations.length > 0) return failed(violations);
  const prepaymentRequired = fromHundredths(prepaymentShare(toHundredths(row.total)!, terms?.paymentSchedule ?? null));
  return saving(ctx, errors, async (tx) =>
    versionedRow(await repository.updateOrder(tx, key, input.expectedVersion, { status: 'POSTED', prepaymentRequired }), 'Order', input.expectedVersion));
}

/** DRAFT, or POSTED with nothing shipped or paid, → CANCELLED. Shipments and payments bump the version, so the version check covers them. */
export async function cancelOrder(ctx: Context, input: { id: string; expectedVersion: number }) {
  requireWriter(ctx.viewer);
  const { key, row } = await currentOrder(ctx, input.id, input.expectedVersion);
  const errors = new InputErrors();
  const untouched = toHundredths(row.shippedAmount) === 0n && toHundredths(row.paidAmount) === 0n;
  if (!(row.status === 'DRAFT' || (row.status === 'POSTED' && untouched))) {
    return invalidState(errors, row, 'cancelled', 'DRAFT order or a POSTED order with nothing shipped or paid; a');
  }
  return saving(ctx, errors, async (tx) =>
    versionedRow(await repository.updateOrder(tx, key, input.expectedVersion, { status: 'CANCELLED' }), 'Order', input.expectedVersion));
}

/** A POSTED order for a shipment or payment, read fresh; the registration date may not precede it. */
async function orderToSettle(ctx: Context, errors: InputErrors, orderId: string, date: string) {
  const key = requireKey(orderId, 'Order', ['input', 'orderId']);
  const row = await repository.orderById(ctx.db, key);
  if (!row) throw notFound('Order', ['input', 'orderId']);
  if (row.status !== 'POSTED') errors.add(['orderId'], 'INVALID_STATE', `Only a POSTED order can be shipped or paid; this one is ${row.status}.`);
  if (date < row.date) errors.add(['date'], 'OUT_OF_RANGE', `The date (${date}) may not be before the order date (${row.date}).`);
  return { key, row };
}

/** Why a conditional update of the order matched nothing, read inside the transaction; answers the refusal (null). */
async function orderRefusal(tx: Context['db'], errors: InputErrors, key: number, what: 'shipment' | 'payment'): Promise<null> {
  const now = await repository.orderById(tx, key);
  if (!now || now.status !== 'POSTED') {
    errors.add(['orderId'], 'INVALID_STATE', `Only a POSTED order can be shipped or paid; this one is ${now?.status ?? 'gone'}.`);
  } else if (what === 'shipment' && toHundredths(now.paidAmount)! < toHundredths(now.prepaymentRequired)!) {
    errors.add(['orderId'], 'PREPAYMENT_REQUIRED', `Nothing ships before the prepayment of ${now.prepaymentRequired} is paid; ${now.paidAmount} is.`);
  } else if (what === 'shipment') {
    errors.add(['lines'], 'OUT_OF_RANGE', `The shipment would exceed the order total of ${now.total}; ${now.shippedAmount} is shipped.`);
  } else {
    errors.add(['amount'], 'OUT_OF_RANGE', `The payment would exceed the order total of ${now.total}; ${now.paidAmount} is paid.`);
  }
  return null;
}

/**
 * Registers a shipment. Each line's shipped quantity and the order's shipped amount grow by
 * conditional UPDATEs that check the limits (and the prepayment) in the same statement, in one
 * transaction with the shipment: a refused one rolls everything back, so concurrent shipments
 * can never over-ship. Lines are updated in id order, so concurrent shipments lock in one order.
 */
export async function recordShipment(ctx: Context, input: { orderId: string; date: string; lines: { orderLineId: string; quantity: string }[] }) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const { key, row } = await orderToSettle(ctx, errors, input.orderId, input.date);
  const orderLines = (await repository.linesByOrders(ctx.db, [key])).get(key) ?? [];
  const byId = new Map(orderLines.map((line) => [line.id, line]));
  if (input.lines.length === 0) errors.add(['lines'], 'REQUIRED', 'A shipment needs at least one line.');
  const at = errors.under(['lines']);
  const seen = new Set<number>();
  const wanted: { index: number; line: OrderLineRow; quantity: bigint }[] = [];
  input.lines.forEach((item, i) => {
    const lineKey = referenceKey(at, [i, 'orderLineId'], item.orderLineId, 'OrderLine');
    const line = lineKey == null ? undefined : byId.get(lineKey);
    if (lineKey != null && !line) at.add([i, 'orderLineId'], 'NOT_FOUND', 'The order has no line with this id.');
    else if (line && seen.has(line.id)) at.add([i, 'orderLineId'], 'DUPLICATE', 'Each order line may appear once per shipment.');
    if (line) seen.add(line.id);
    const quantity = decimalInput(at, [i, 'quantity'], item.quantity, toThousandths, 3, MAX_QUANTITY, false);
    if (!line || quantity === null) return;
    const open = toThousandths(line.quantity)! - toThousandths(line.shippedQuantity)!;
    if (quantity > open) at.add([i, 'quantity'], 'OUT_OF_RANGE', `Only ${fromThousandths(open)} of this line is still to ship.`);
    wanted.push({ index: i, line, quantity });
  });
  if (!errors.any && toHundredths(row.paidAmount)! < toHundredths(row.prepaymentRequired)!) {
    errors.add(['orderId'], 'PREPAYMENT_REQUIRED', `Nothing ships before the prepayment of ${row.prepaymentRequired} is paid; ${row.paidAmount} is.`);
  }
  if (errors.any) return failed(errors);
  wanted.sort((a, b) => a.line.id - b.line.id);
  const shipment = await writeInTransaction(ctx.db, errors, {}, async (tx) => {
    let amount = 0n;
    for (const { index, line, quantity } of wanted) {
      const updated = await repository.shipLine(tx, key, line.id, fromThousandths(quantity));
      if (!updated) {
        at.add([index, 'quantity'], 'OUT_OF_RANGE', 'The quantity is more than is still to ship of this line.');
        return null;
      }
      // The amount shipped is the growth of the line's shipped value, so a line shipped in full adds up to exactly its amount.
      const price = toHundredths(updated.price)!;
      const discount = toHundredths(updated.discountPercent)!;
      const after = toThousandths(updated.shippedQuantity)!;
      amount += discountedAmount(after, price, discount) - discountedAmount(after - quantity, price, discount);
    }
    const order = await repository.addShipped(tx, key, fromHundredths(amount));
    if (!order) return orderRefusal(tx, errors, key, 'shipment');
    const saved = await repository.insertShipment(tx, { orderId: key, date: input.date, amount: fromHundredths(amount) },
      wanted.map(({ line, quantity }) => ({ orderLineId: line.id, quantity: fromThousandths(quantity) })));
    await fulfilContract(tx, order, { shipmentId: saved.id }, input.date, saved.amount);
    return { saved, order };
  });
  if (!shipment) return failed(errors);
  forget(ctx, shipment.order);
  return { shipment: shipment.saved, userErrors: [] };
}

/**
 * Registers a payment. The order's paid amount grows by one conditional UPDATE that checks the
 * total in the same statement, in one transaction with the payment, so concurrent payments can
 * never over-pay.
 */
export async function recordPayment(ctx: Context, input: { orderId: string; date: string; amount: string }) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const { key, row } = await orderToSettle(ctx, errors, input.orderId, input.date);
  const amount = decimalInput(errors, ['amount'], input.amount, toHundredths, 2, MAX_MONEY, false);
  if (amount !== null && !errors.any) {
    const open = toHundredths(row.total)! - toHundredths(row.paidAmount)!;
    if (amount > open) errors.add(['amount'], 'OUT_OF_RANGE', `Only ${fromHundredths(open)} of the order is still unpaid.`);
  }
  if (errors.any) return failed(errors);
  const payment = await writeInTransaction(ctx.db, errors, {}, async (tx) => {
    const order = await repository.addPaid(tx, key, fromHundredths(amount!));
    if (!order) return orderRefusal(tx, errors, key, 'payment');
    const saved = await repository.insertPayment(tx, { orderId: key, date: input.date, amount: fromHundredths(amount!) });
    await fulfilContract(tx, order, { paymentId: saved.id }, input.date, saved.amount);
    return { saved, order };
  });
  if (!payment) return failed(errors);
  forget(ctx, payment.order);
  return { payment: payment.saved, userErrors: [] };
}
