import DataLoader from 'dataloader';
import type { Database } from '../../db/client.js';
import type { Page } from '../../lib/connection.js';
import { today } from '../../lib/dates.js';
import { connectionsByParentLoader, listsByParentLoader, loaderPerArguments, rowByKeyLoader, rowsByParentLoader, type NodeFetchers } from '../../lib/loader.js';
import * as repository from './orders.repository.js';

/** At most this many settlement events are listed per counterparty. */
export const HISTORY_LIMIT = 100;

/** This module's per-request loaders, each made on first use (see `lazyLoaders`). */
export const orderLoaders = {
  byId: (db: Database) => rowByKeyLoader((ids) => repository.ordersByIds(db, ids), (row) => row.id),
  /** `Counterparty.orders` with one page, keyed by counterparty id. */
  byCounterpartyId: (db: Database) => loaderPerArguments(({ page }: { page: Page }) => connectionsByParentLoader(
    (ids) => repository.pagesByCounterparty(db, ids, page), (ids) => repository.countsByCounterparty(db, ids), page, repository.orderOrder)),
  /** `Order.lines`. */
  linesByOrderId: (db: Database) => listsByParentLoader((ids) => repository.linesByOrders(db, ids)),
  /** `ShipmentLine.orderLine`. */
  lineById: (db: Database) => rowByKeyLoader((ids) => repository.linesByIds(db, ids), (row) => row.id),
  /** A shipment by id, for `node(id)`. */
  shipmentById: (db: Database) => rowByKeyLoader((ids) => repository.shipmentsByIds(db, ids), (row) => row.id),
  /** A payment by id, for `node(id)`. */
  paymentById: (db: Database) => rowByKeyLoader((ids) => repository.paymentsByIds(db, ids), (row) => row.id),
  /** `Order.shipments`. */
  shipmentsByOrderId: (db: Database) => listsByParentLoader((ids) => repository.shipmentsByOrders(db, ids)),
  /** `Shipment.lines`. */
  shipmentLinesByShipmentId: (db: Database) => listsByParentLoader((ids) => repository.shipmentLinesByShipments(db, ids)),
  /** `Order.payments`. */
  paymentsByOrderId: (db: Database) => listsByParentLoader((ids) => repository.paymentsByOrders(db, ids)),
  /** `Settlements.receivable` and `overdue`, keyed by counterparty id. */
  settlementTotalsByCounterpartyId: (db: Database, _viewer: unknown, timeZone: string) => new DataLoader<number, repository.SettlementTotals>(async (ids) => {
    const totals = await repository.settlementTotals(db, ids, today(timeZone));
    return ids.map((id) => totals.get(id) ?? { receivable: '0.00', overdue: '0.00' });
  }, { maxBatchSize: 1000 }),
  /** `Settlements.history`, keyed by counterparty id. */
  settlementHistoryByCounterpartyId: (db: Database) => rowsByParentLoader(
    (ids) => repository.historyByCounterparties(db, ids, HISTORY_LIMIT), (row) => row.counterpartyId),
};

/** The types of this module `node(id)` fetches, through its loaders. */
export const orderNodes: NodeFetchers<typeof orderLoaders> = {
  Order: (loaders, key) => loaders.byId.load(key),
  OrderLine: (loaders, key) => loaders.lineById.load(key),
  Shipment: (loaders, key) => loaders.shipmentById.load(key),
  Payment: (loaders, key) => loaders.paymentById.load(key),
};
