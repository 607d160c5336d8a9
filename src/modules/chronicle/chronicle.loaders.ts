import type { Database } from '../../db/client';
import type { ColumnChoice } from '../../db/columns';
import type { Page } from '../../lib/connection';
import { connectionsByParentLoader, loaderPerArguments, rowByKeyLoader } from '../../lib/loader';
import type { Viewer } from '../auth/viewer';
import * as repository from './chronicle.repository';

export function createChronicleLoaders(db: Database, _viewer: Viewer) {
  return {
    chronicleEntryById: rowByKeyLoader((ids) => repository.entriesByIds(db, ids), (row) => row.id),
    /** `Counterparty.chronicle` with one page, filter and choice of columns, keyed by counterparty id. */
    chronicleByCounterpartyId: loaderPerArguments(({ page, filter, columns }: { page: Page; filter: repository.ChronicleFilter; columns: ColumnChoice }) =>
      connectionsByParentLoader(
        (ids) => repository.pagesByCounterparty(db, ids, filter, page, columns),
        (ids) => repository.countsByCounterparty(db, ids, filter),
        page, repository.entryOrder,
      )),
  };
}
