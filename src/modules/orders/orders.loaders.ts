import DataLoader from 'dataloader';
import type { Database } from '../../db/client';
import type { OrderRow } from '../../db/schema';
import { toConnection, type Connection, type Page } from '../../lib/connection';
import { today } from '../../lib/dates';
import { loaderPerArguments, rowByKeyLoader, rowsByParentLoader } from '../../lib/loader';
import type { Viewer } from '../auth/viewer';
import * as repository from './orders.repository';

/** At most this many settlement events are listed per counterparty. */
export const HISTORY_LIMIT = 100;

/**
 * Pages of orders for every counterparty asked in one tick with the same page: one LATERAL
 * statement for the pages and, if any client selects `totalCount`, one grouped count.
 */
function orderPages(db: Database, page: Page): DataLoader<number, Connection<OrderRow>> {
  const totals = new DataLoader<number, number>(async (ids) => {
    const counts = await repository.countsByCounterparty(db, ids);
    return ids.map((id) => counts.get(id) ?? 0);
  }, { maxBatchSize: 1000 });
  return new DataLoader(async (ids) => {
    const rows = await repository.pagesByCounterparty(db, ids, page);
    const byParent = new Map<number, OrderRow[]>(ids.map((id) => [id, []]));
    for (const { counterpartyId, order } of rows) byParent.get(counterpartyId)?.push(order);
    return ids.map((id) => toConnection(byParent.get(id) ?? [], page, repository.orderOrder, () => totals.load(id)));
  }, { maxBatchSize: 1000 });
}

export function createOrderLoaders(db: Database, _viewer: Viewer) {
  return {
    orderById: rowByKeyLoader((ids) => repository.ordersByIds(db, ids), (row) => row.id),
    /** `Counterparty.orders` with one page, keyed by counterparty id. */
    ordersByCounterpartyId: loaderPerArguments(({ page }: { page: Page }) => orderPages(db, page)),
    /** `Order.lines`. */
    orderLinesByOrderId: rowsByParentLoader((ids) => repository.linesByOrders(db, ids), (row) => row.orderId),
    /** `ShipmentLine.orderLine`. */
    orderLineById: rowByKeyLoader((ids) => repository.linesByIds(db, ids), (row) => row.id),
    /** `Order.shipments`. */
    shipmentsByOrderId: rowsByParentLoader((ids) => repository.shipmentsByOrders(db, ids), (row) => row.orderId),
    /** `Shipment.lines`. */
    shipmentLinesByShipmentId: rowsByParentLoader((ids) => repository.shipmentLinesByShipments(db, ids), (row) => row.shipmentId),
    /** `Order.payments`. */
    paymentsByOrderId: rowsByParentLoader((ids) => repository.paymentsByOrders(db, ids), (row) => row.orderId),
    /** `Settlements.receivable` and `overdue`, keyed by counterparty id. */
    settlementTotalsByCounterpartyId: new DataLoader<number, repository.SettlementTotals>(async (ids) => {
      const totals = await repository.settlementTotals(db, ids, today());
      return ids.map((id) => totals.get(id) ?? { receivable: '0.00', overdue: '0.00' });
    }, { maxBatchSize: 1000 }),
    /** `Settlements.history`, keyed by counterparty id. */
    settlementHistoryByCounterpartyId: rowsByParentLoader(
      (ids) => repository.historyByCounterparties(db, ids, HISTORY_LIMIT), (row) => row.counterpartyId),
  };
}
