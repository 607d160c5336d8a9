import DataLoader from 'dataloader';
import type { Database } from '../../db/client';
import type { ObligationRow } from '../../db/schema';
import { rowByKeyLoader, rowsByParentLoader } from '../../lib/loader';
import type { Viewer } from '../auth/viewer';
import { today } from './amounts';
import * as repository from './obligations.repository';

export function createObligationLoaders(db: Database, _viewer: Viewer) {
  // One loader per distinct filter of `Counterparty.obligations`: each is one statement per level.
  const byFilter = new Map<string, DataLoader<number, ObligationRow[]>>();
  return {
    obligationById: rowByKeyLoader((ids) => repository.obligationsByIds(db, ids), (row) => row.id),
    /** `Counterparty.obligations` with one filter, keyed by counterparty id. */
    obligationsByCounterpartyId(filter: repository.ObligationFilter): DataLoader<number, ObligationRow[]> {
      const signature = JSON.stringify(filter);
      let loader = byFilter.get(signature);
      if (!loader) {
        loader = rowsByParentLoader((ids) => repository.byCounterparties(db, ids, filter, today()), (row) => row.counterpartyId);
        byFilter.set(signature, loader);
      }
      return loader;
    },
  };
}
