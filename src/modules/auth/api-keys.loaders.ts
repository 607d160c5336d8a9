import type { Database } from '../../db/client.js';
import { rowByKeyLoader, type NodeFetchers } from '../../lib/loader.js';
import * as repository from './api-keys.repository.js';
import type { Viewer } from './viewer.js';

export const apiKeyLoaders = {
  /** API keys are an ADMIN's to see: any other key finds none of them by id. */
  byId: (db: Database, viewer: Viewer) =>
    rowByKeyLoader((ids) => (viewer.role === 'ADMIN' ? repository.keysByIds(db, ids) : Promise.resolve([])), (row) => row.id),
};

export const apiKeyNodes: NodeFetchers<typeof apiKeyLoaders> = {
  ApiKey: (loaders, key) => loaders.byId.load(key),
};
