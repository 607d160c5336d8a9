import type { Database } from '../../db/client.js';
import { listsByParentLoader, rowByKeyLoader, type NodeFetchers } from '../../lib/loader.js';
import * as repository from './agreements.repository.js';

/** This module's per-request loaders, each made on first use (see `lazyLoaders`). */
export const agreementLoaders = {
  byId: (db: Database) => rowByKeyLoader((ids) => repository.agreementsByIds(db, ids), (row) => row.id),
  /** `Counterparty.agreements`: a counterparty's individual agreements. */
  byCounterpartyId: (db: Database) => listsByParentLoader((ids) => repository.byCounterparties(db, ids)),
  /** `Agreement.individualAgreements`: those made from a typical agreement. */
  byBaseId: (db: Database) => listsByParentLoader((ids) => repository.byBases(db, ids)),
  /** The group discount rows stored on each agreement (its own, not inherited ones). */
  groupDiscountsByAgreementId: (db: Database) => listsByParentLoader((ids) => repository.discountsByAgreementIds(db, ids)),
};

/** The types of this module `node(id)` fetches, through its loaders. */
export const agreementNodes: NodeFetchers<typeof agreementLoaders> = {
  Agreement: (loaders, key) => loaders.byId.load(key),
};
