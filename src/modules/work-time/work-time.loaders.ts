import type { Database } from '../../db/client.js';
import { listsByParentLoader, rowByKeyLoader, type NodeFetchers } from '../../lib/loader.js';
import * as repository from './work-time.repository.js';

/** This module's per-request loaders, each made on first use (see `lazyLoaders`). */
export const workTimeLoaders = {
  byId: (db: Database) => rowByKeyLoader((ids) => repository.entriesByIds(db, ids), (row) => row.id),
  /** `ServiceVisit.timeEntry`. */
  byServiceVisitId: (db: Database) => listsByParentLoader((ids) => repository.entriesByVisits(db, ids)),
};

/** The types of this module `node(id)` fetches, through its loaders. */
export const workTimeNodes: NodeFetchers<typeof workTimeLoaders> = {
  TimeEntry: (loaders, key) => loaders.byId.load(key),
};
