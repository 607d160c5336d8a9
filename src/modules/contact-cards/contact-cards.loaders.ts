import type { Database } from '../../db/client.js';
import { listsByParentLoader, rowByKeyLoader, type NodeFetchers } from '../../lib/loader.js';
import { folderTreeLoaders } from '../folders/folders.loaders.js';
import * as repository from './contact-cards.repository.js';

/** This module's per-request loaders, each made on first use (see `lazyLoaders`). */
export const contactCardLoaders = {
  byId: (db: Database) => rowByKeyLoader((ids) => repository.cardsByIds(db, ids), (row) => row.id),
  /** `ContactCard.duplicates`: one statement for every card asked together. */
  duplicatesByCardId: (db: Database) => listsByParentLoader((ids) => repository.duplicatesByCards(db, ids)),
  /** `ContactCard.persons`. */
  personsByCardId: (db: Database) => listsByParentLoader((ids) => repository.personsByCards(db, ids)),
  /** `Counterparty.contactCards`: the cards converted into it. */
  byCounterpartyId: (db: Database) => listsByParentLoader((ids) => repository.cardsByCounterparties(db, ids)),
  groups: (db: Database) => folderTreeLoaders(db, repository.groups),
};

/** The types of this module `node(id)` fetches, through its loaders. */
export const contactCardNodes: NodeFetchers<typeof contactCardLoaders> = {
  ContactCard: (loaders, key) => loaders.byId.load(key),
  ContactCardGroup: (loaders, key) => loaders.groups.byId.load(key),
};
