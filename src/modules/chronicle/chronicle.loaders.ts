import type { Database } from '../../db/client.js';
import type { ColumnChoice } from '../../db/columns.js';
import type { Page } from '../../lib/connection.js';
import { connectionsByParentLoader, loaderPerArguments, rowByKeyLoader, type NodeFetchers } from '../../lib/loader.js';
import * as repository from './chronicle.repository.js';

/** This module's per-request loaders, each made on first use (see `lazyLoaders`). */
export const chronicleLoaders = {
  byId: (db: Database) => rowByKeyLoader((ids) => repository.entriesByIds(db, ids), (row) => row.id),
  /** `Counterparty.chronicle` with one page, filter and choice of columns, keyed by counterparty id. */
  byCounterpartyId: (db: Database) => loaderPerArguments(({ page, filter, columns }: { page: Page; filter: repository.ChronicleFilter; columns: ColumnChoice }) =>
    connectionsByParentLoader(
      (ids) => repository.pagesByCounterparty(db, ids, filter, page, columns),
      (ids) => repository.countsByCounterparty(db, ids, filter),
      page, repository.entryOrder,
    )),
  /** `Claim.chronicle` with one page and choice of columns, keyed by claim id. */
  byClaimId: (db: Database) => loaderPerArguments(({ page, columns }: { page: Page; columns: ColumnChoice }) =>
    connectionsByParentLoader(
      (ids) => repository.pagesByClaim(db, ids, page, columns),
      (ids) => repository.countsByClaim(db, ids),
      page, repository.entryOrder,
    )),
  /** `ContactCard.chronicle` with one page and choice of columns, keyed by card id. */
  byContactCardId: (db: Database) => loaderPerArguments(({ page, columns }: { page: Page; columns: ColumnChoice }) =>
    connectionsByParentLoader(
      (ids) => repository.pagesByContactCard(db, ids, page, columns),
      (ids) => repository.countsByContactCard(db, ids),
      page, repository.entryOrder,
    )),
};

/** The types of this module `node(id)` fetches, through its loaders. */
export const chronicleNodes: NodeFetchers<typeof chronicleLoaders> = {
  ChronicleEntry: (loaders, key) => loaders.byId.load(key),
};
