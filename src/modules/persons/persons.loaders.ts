import DataLoader from 'dataloader';
import type { Database } from '../../db/client';
import type { PersonRow } from '../../db/schema';
import { rowByKeyLoader, rowsByParentLoader } from '../../lib/loader';
import type { Viewer } from '../auth/viewer';
import { today } from './person-rules';
import * as repository from './persons.repository';

export function createPersonLoaders(db: Database, _viewer: Viewer) {
  // One loader per value of `Counterparty.persons(includeFormer)`: each value asked is one statement.
  const byCounterparty = new Map<boolean, DataLoader<number, PersonRow[]>>();
  const personsAtCounterparties = (includeFormer: boolean) => new DataLoader<number, PersonRow[]>(async (ids) => {
    const rows = await repository.personsByCounterpartyIds(db, ids, includeFormer, today());
    const byParent = new Map<number, PersonRow[]>(ids.map((id) => [id, []]));
    for (const { counterpartyId, person } of rows) byParent.get(counterpartyId)?.push(person);
    return ids.map((id) => byParent.get(id) ?? []);
  }, { maxBatchSize: 1000 });

  return {
    personById: rowByKeyLoader((ids) => repository.personsByIds(db, ids), (row) => row.id),
    positionsByPersonId: rowsByParentLoader((ids) => repository.positionsByPersonIds(db, ids), (row) => row.personId),
    /** Persons with a position at a counterparty, primary contacts first (see `Counterparty.persons`). */
    personsByCounterpartyId(includeFormer: boolean): DataLoader<number, PersonRow[]> {
      let loader = byCounterparty.get(includeFormer);
      if (!loader) {
        loader = personsAtCounterparties(includeFormer);
        byCounterparty.set(includeFormer, loader);
      }
      return loader;
    },
  };
}
