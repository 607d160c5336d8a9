import type { Database } from '../../db/client.js';
import type { Page } from '../../lib/connection.js';
import { connectionsByParentLoader, loaderPerArguments } from '../../lib/loader.js';
import * as repository from './history.repository.js';

/** This module's per-request loaders, each made on first use. */
export const historyLoaders = {
  /** `history` of any logged type, with one page, keyed by the record's id: one statement per level. */
  byRecord: (db: Database) => loaderPerArguments(({ recordType, page }: { recordType: repository.LoggedType; page: Page }) =>
    connectionsByParentLoader(
      (ids) => repository.pagesByRecord(db, recordType, ids, page),
      (ids) => repository.countsByRecord(db, recordType, ids),
      page, repository.historyOrder,
    )),
};
