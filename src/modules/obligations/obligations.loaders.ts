import type { Database } from '../../db/client.js';
import type { ColumnChoice } from '../../db/columns.js';
import { today } from '../../lib/dates.js';
import { listsByParentLoader, loaderPerArguments, rowByKeyLoader, type NodeFetchers } from '../../lib/loader.js';
import * as repository from './obligations.repository.js';

/** This module's per-request loaders, each made on first use (see `lazyLoaders`). */
export const obligationLoaders = {
  byId: (db: Database) => rowByKeyLoader((ids) => repository.obligationsByIds(db, ids), (row) => row.id),
  /** `Counterparty.obligations` with one filter and choice of columns, keyed by counterparty id. */
  byCounterpartyId: (db: Database, _viewer: unknown, timeZone: string) =>
    loaderPerArguments(({ filter, columns }: { filter: repository.ObligationFilter; columns: ColumnChoice }) =>
      listsByParentLoader((ids) => repository.byCounterparties(db, ids, filter, today(timeZone), columns))),
  /** `Obligation.fulfilments`, keyed by obligation id. */
  fulfilmentsByObligationId: (db: Database) => listsByParentLoader((ids) => repository.fulfilmentsByObligations(db, ids)),
};

/** The types of this module `node(id)` fetches, through its loaders. */
export const obligationNodes: NodeFetchers<typeof obligationLoaders> = {
  Obligation: (loaders, key) => loaders.byId.load(key),
};
