import DataLoader from 'dataloader';
import type { Database } from '../../db/client.js';
import { listsByParentLoader, rowByKeyLoader, type NodeFetchers } from '../../lib/loader.js';
import { folderTreeLoaders } from '../folders/folders.loaders.js';
import * as repository from './claims.repository.js';

/** This module's per-request loaders, each made on first use (see `lazyLoaders`). */
export const claimLoaders = {
  byId: (db: Database) => rowByKeyLoader((ids) => repository.claimsByIds(db, ids), (row) => row.id),
  /** `Counterparty.claims`. */
  byCounterpartyId: (db: Database) => listsByParentLoader((ids) => repository.claimsByCounterparties(db, ids)),
  /** `Counterparty.claimSummary`: one grouped statement for every counterparty asked together. */
  summaryByCounterpartyId: (db: Database) => new DataLoader<number, repository.ClaimSummary>(async (ids) => {
    const summaries = await repository.summariesByCounterparties(db, ids);
    return ids.map((id) => summaries.get(id) ?? repository.EMPTY_SUMMARY);
  }, { maxBatchSize: 1000 }),
  causes: (db: Database) => folderTreeLoaders(db, repository.causes),
};

/** The types of this module `node(id)` fetches, through its loaders. */
export const claimNodes: NodeFetchers<typeof claimLoaders> = {
  Claim: (loaders, key) => loaders.byId.load(key),
  ClaimCause: (loaders, key) => loaders.causes.byId.load(key),
};
