import DataLoader from 'dataloader';
import type { Database } from '../../db/client';
import type { ColumnChoice } from '../../db/columns';
import type { ChronicleEntryRow } from '../../db/schema';
import { toConnection, type Connection, type Page } from '../../lib/connection';
import { loaderPerArguments, rowByKeyLoader } from '../../lib/loader';
import type { Viewer } from '../auth/viewer';
import * as repository from './chronicle.repository';

type ChronicleLoader = DataLoader<number, Connection<ChronicleEntryRow>>;

/**
 * Pages of chronicle for every counterparty asked in one tick with the same page and filter:
 * one LATERAL statement for the pages (of the `columns` chosen) and, if any client selects
 * `totalCount`, one grouped count.
 */
function chroniclePages(db: Database, page: Page, filter: repository.ChronicleFilter, columns: ColumnChoice): ChronicleLoader {
  const keys = repository.entryOrder;
  const totals = new DataLoader<number, number>(async (ids) => {
    const counts = await repository.countsByCounterparty(db, ids, filter);
    return ids.map((id) => counts.get(id) ?? 0);
  }, { maxBatchSize: 1000 });
  return new DataLoader(async (ids) => {
    const rows = await repository.pagesByCounterparty(db, ids, filter, page, columns);
    const byParent = new Map<number, ChronicleEntryRow[]>(ids.map((id) => [id, []]));
    for (const { counterpartyId, entry } of rows) byParent.get(counterpartyId)?.push(entry);
    return ids.map((id) => toConnection(byParent.get(id) ?? [], page, keys, () => totals.load(id)));
  }, { maxBatchSize: 1000 });
}

export function createChronicleLoaders(db: Database, _viewer: Viewer) {
  return {
    chronicleEntryById: rowByKeyLoader((ids) => repository.entriesByIds(db, ids), (row) => row.id),
    /** `Counterparty.chronicle` with one page, filter and choice of columns, keyed by counterparty id. */
    chronicleByCounterpartyId: loaderPerArguments(({ page, filter, columns }: { page: Page; filter: repository.ChronicleFilter; columns: ColumnChoice }) =>
      chroniclePages(db, page, filter, columns)),
  };
}
