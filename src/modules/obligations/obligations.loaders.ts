import type { Database } from '../../db/client';
import type { ColumnChoice } from '../../db/columns';
import { today } from '../../lib/dates';
import { listsByParentLoader, loaderPerArguments, rowByKeyLoader } from '../../lib/loader';
import * as repository from './obligations.repository';

/** This module's per-request loaders, each made on first use (see `lazyLoaders`). */
export const obligationLoaders = {
  obligationById: (db: Database) => rowByKeyLoader((ids) => repository.obligationsByIds(db, ids), (row) => row.id),
  /** `Counterparty.obligations` with one filter and choice of columns, keyed by counterparty id. */
  obligationsByCounterpartyId: (db: Database) => loaderPerArguments(({ filter, columns }: { filter: repository.ObligationFilter; columns: ColumnChoice }) =>
    listsByParentLoader((ids) => repository.byCounterparties(db, ids, filter, today(), columns))),
};
