import DataLoader from 'dataloader';
import type { Database } from '../../db/client.js';
import { listsByParentLoader, rowByKeyLoader, type NodeFetchers } from '../../lib/loader.js';
import * as repository from './deals.repository.js';

/** This module's per-request loaders, each made on first use (see `lazyLoaders`). */
export const dealLoaders = {
  byId: (db: Database) => rowByKeyLoader((ids) => repository.dealsByIds(db, ids), (row) => row.id),
  /** `Counterparty.deals`. */
  byCounterpartyId: (db: Database) => listsByParentLoader((ids) => repository.dealsByCounterparties(db, ids)),
  byContactCardId: (db: Database) => listsByParentLoader((ids) => repository.dealsByContactCards(db, ids)),
  /** `Deal.moves`. */
  movesByDealId: (db: Database) => listsByParentLoader((ids) => repository.movesByDeals(db, ids)),
  /** `Deal.orders`: the links, whose orders the orders module's loader reads. */
  orderLinksByDealId: (db: Database) => listsByParentLoader((ids) => repository.orderLinksByDeals(db, ids)),
  /** `Deal.silentSince`: the last DONE contact with each deal's counterparty or card, one statement for a page of deals. */
  lastDoneContactByDealId: (db: Database) => new DataLoader<number, Date | null>(async (ids) => {
    const last = await repository.lastDoneContacts(db, ids);
    return ids.map((id) => last.get(id) ?? null);
  }, { maxBatchSize: 1000 }),
  lostReasonById: (db: Database) => rowByKeyLoader((ids) => repository.lostReasonsByIds(db, ids), (row) => row.id),
};

/** The types of this module `node(id)` fetches, through its loaders. */
export const dealNodes: NodeFetchers<typeof dealLoaders> = {
  Deal: (loaders, key) => loaders.byId.load(key),
  LostReason: (loaders, key) => loaders.lostReasonById.load(key),
};
