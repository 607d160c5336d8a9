import type { Database } from '../../db/client';
import { today } from '../../lib/dates';
import { loaderPerArguments, rowByKeyLoader, rowsByParentLoader } from '../../lib/loader';
import type { Viewer } from '../auth/viewer';
import * as repository from './persons.repository';

export function createPersonLoaders(db: Database, _viewer: Viewer) {
  return {
    personById: rowByKeyLoader((ids) => repository.personsByIds(db, ids), (row) => row.id),
    positionsByPersonId: rowsByParentLoader((ids) => repository.positionsByPersonIds(db, ids), (row) => row.personId),
    /** Persons with a position at a counterparty, primary contacts first (see `Counterparty.persons`). */
    personsByCounterpartyId: loaderPerArguments((includeFormer: boolean) => rowsByParentLoader(
      (ids) => repository.personsByCounterpartyIds(db, ids, includeFormer, today()),
      (row) => row.counterpartyId,
      (row) => row.person,
    )),
  };
}
