import type { Database } from '../../db/client.js';
import { listsByParentLoader, rowByKeyLoader, type NodeFetchers } from '../../lib/loader.js';
import { folderTreeLoaders } from '../folders/folders.loaders.js';
import * as repository from './service-cards.repository.js';

/** This module's per-request loaders, each made on first use (see `lazyLoaders`). */
export const serviceCardLoaders = {
  byId: (db: Database) => rowByKeyLoader((ids) => repository.cardsByIds(db, ids), (row) => row.id),
  /** `Counterparty.serviceCards`: its cards not archived. */
  byCounterpartyId: (db: Database) => listsByParentLoader((ids) => repository.cardsByCounterparties(db, ids)),
  groups: (db: Database) => folderTreeLoaders(db, repository.groups),
  visitById: (db: Database) => rowByKeyLoader((ids) => repository.visitsByIds(db, ids), (row) => row.id),
  /** `ServiceCard.visits`: the whole schedule of each card. */
  visitsByCardId: (db: Database) => listsByParentLoader((ids) => repository.visitsByCards(db, ids)),
  /** `ChronicleEntry.serviceVisit`: the visit a VISIT entry records. */
  visitsByChronicleEntryId: (db: Database) => listsByParentLoader((ids) => repository.visitsByChronicleEntries(db, ids)),
};

/** The types of this module `node(id)` fetches, through its loaders. */
export const serviceCardNodes: NodeFetchers<typeof serviceCardLoaders> = {
  ServiceCard: (loaders, key) => loaders.byId.load(key),
  ServiceCardGroup: (loaders, key) => loaders.groups.byId.load(key),
  ServiceVisit: (loaders, key) => loaders.visitById.load(key),
};
