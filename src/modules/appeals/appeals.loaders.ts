import type { Database } from '../../db/client.js';
import { listsByParentLoader, rowByKeyLoader, type NodeFetchers } from '../../lib/loader.js';
import { folderTreeLoaders } from '../folders/folders.loaders.js';
import * as repository from './appeals.repository.js';

/** This module's per-request loaders, each made on first use (see `lazyLoaders`). */
export const appealLoaders = {
  byId: (db: Database) => rowByKeyLoader((ids) => repository.appealsByIds(db, ids), (row) => row.id),
  /** `Counterparty.appeals`. */
  byCounterpartyId: (db: Database) => listsByParentLoader((ids) => repository.appealsByCounterparties(db, ids)),
  /** `Appeal.actions`: its chronicle. */
  actionsByAppealId: (db: Database) => listsByParentLoader((ids) => repository.actionsByAppeals(db, ids)),
  actionById: (db: Database) => rowByKeyLoader((ids) => repository.actionsByIds(db, ids), (row) => row.id),
  types: (db: Database) => folderTreeLoaders(db, repository.types),
  articleById: (db: Database) => rowByKeyLoader((ids) => repository.articlesByIds(db, ids), (row) => row.id),
};

/** The types of this module `node(id)` fetches, through its loaders. */
export const appealNodes: NodeFetchers<typeof appealLoaders> = {
  Appeal: (loaders, key) => loaders.byId.load(key),
  AppealType: (loaders, key) => loaders.types.byId.load(key),
  KnowledgeArticle: (loaders, key) => loaders.articleById.load(key),
};
