import type { Database } from '../../db/client.js';
import type { ColumnChoice } from '../../db/columns.js';
import { today } from '../../lib/dates.js';
import { listsByParentLoader, loaderPerArguments, rowByKeyLoader, type NodeFetchers } from '../../lib/loader.js';
import * as repository from './persons.repository.js';

/** This module's per-request loaders, each made on first use (see `lazyLoaders`). */
export const personLoaders = {
  byId: (db: Database) => rowByKeyLoader((ids) => repository.personsByIds(db, ids), (row) => row.id),
  positionsByPersonId: (db: Database) => listsByParentLoader((ids) => repository.positionsByPersonIds(db, ids)),
  /** Persons with a position at a counterparty, primary contacts first (see `Counterparty.persons`), of the `columns` chosen. */
  byCounterpartyId: (db: Database, _viewer: unknown, timeZone: string) =>
    loaderPerArguments(({ includeFormer, columns }: { includeFormer: boolean; columns: ColumnChoice }) => listsByParentLoader(
      (ids) => repository.personsByCounterpartyIds(db, ids, includeFormer, today(timeZone), columns),
    )),
};

/** The types of this module `node(id)` fetches, through its loaders. */
export const personNodes: NodeFetchers<typeof personLoaders> = {
  Person: (loaders, key) => loaders.byId.load(key),
};
