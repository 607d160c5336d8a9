import type { Database } from '../../db/client';
import type { ColumnChoice } from '../../db/columns';
import { today } from '../../lib/dates';
import { loaderPerArguments, rowByKeyLoader, rowsByParentLoader } from '../../lib/loader';
import type { Viewer } from '../auth/viewer';
import * as repository from './persons.repository';

export function createPersonLoaders(db: Database, _viewer: Viewer) {
  return {
    personById: rowByKeyLoader((ids) => repository.personsByIds(db, ids), (row) => row.id),
    positionsByPersonId: rowsByParentLoader((ids) => repository.positionsByPersonIds(db, ids), (row) => row.personId),
    /** Persons with a position at a counterparty, primary contacts first (see `Counterparty.persons`), of the `columns` chosen. */
    personsByCounterpartyId: loaderPerArguments(({ includeFormer, columns }: { includeFormer: boolean; columns: ColumnChoice }) => rowsByParentLoader(
      (ids) => repository.personsByCounterpartyIds(db, ids, includeFormer, today(), columns),
      (row) => row.parent,
      (row) => row.row,
    )),
  };
}
