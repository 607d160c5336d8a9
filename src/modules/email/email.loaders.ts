import type { Database } from '../../db/client.js';
import type { EmailMessageRow } from '../../db/schema/index.js';
import { rowByKeyLoader } from '../../lib/loader.js';
import * as repository from './email.repository.js';

/** This module's per-request loaders, each made on first use. */
export const emailLoaders = {
  /** `ChronicleEntry.email`: the message of each entry, one statement per level. */
  byEntryId: (db: Database) => rowByKeyLoader((ids) => repository.messagesByEntryIds(db, ids), (row: EmailMessageRow) => row.chronicleEntryId!),
};
