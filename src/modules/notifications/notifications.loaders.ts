import type { Database } from '../../db/client.js';
import { rowByKeyLoader, type NodeFetchers } from '../../lib/loader.js';
import type { Viewer } from '../auth/viewer.js';
import * as repository from './notifications.repository.js';

export const notificationLoaders = {
  /** A notification is its employee's alone: any other key finds nothing by its id. */
  byId: (db: Database, viewer: Viewer) => rowByKeyLoader(async (ids) => (await repository.notificationsByIds(db, ids))
    .filter((row) => row.employeeId === viewer.employeeId), (row) => row.id),
};

export const notificationNodes: NodeFetchers<typeof notificationLoaders> = {
  Notification: (loaders, key) => loaders.byId.load(key),
};
