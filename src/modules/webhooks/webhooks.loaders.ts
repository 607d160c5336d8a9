import type { Database } from '../../db/client.js';
import { rowByKeyLoader, type NodeFetchers } from '../../lib/loader.js';
import type { Viewer } from '../auth/viewer.js';
import * as repository from './webhooks.repository.js';

/** Webhooks and their deliveries are an ADMIN's: any other key finds none of them by id. */
const forAdmin = <Row>(viewer: Viewer, read: () => Promise<Row[]>) => (viewer.role === 'ADMIN' ? read() : Promise.resolve([]));

export const webhookLoaders = {
  byId: (db: Database, viewer: Viewer) => rowByKeyLoader((ids) => forAdmin(viewer, () => repository.webhooksByIds(db, ids)), (row) => row.id),
  deliveryById: (db: Database, viewer: Viewer) =>
    rowByKeyLoader((ids) => forAdmin(viewer, () => repository.deliveriesByIds(db, ids)), (row) => row.id),
};

export const webhookNodes: NodeFetchers<typeof webhookLoaders> = {
  Webhook: (loaders, key) => loaders.byId.load(key),
  WebhookDelivery: (loaders, key) => loaders.deliveryById.load(key),
};
