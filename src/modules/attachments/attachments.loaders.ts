import type { Database } from '../../db/client.js';
import type { AttachmentOwnerColumn } from '../../db/schema/index.js';
import { listsByParentLoader, loaderPerArguments, rowByKeyLoader, type NodeFetchers } from '../../lib/loader.js';
import * as repository from './attachments.repository.js';

/** This module's per-request loaders, each made on first use. */
export const attachmentLoaders = {
  byId: (db: Database) => rowByKeyLoader((ids) => repository.storedByIds(db, ids), (row) => row.id),
  /** `Appeal.attachments` and every other owner's: one loader per owner column. */
  byOwner: (db: Database) => loaderPerArguments(({ column }: { column: AttachmentOwnerColumn }) =>
    listsByParentLoader((ids) => repository.storedByOwners(db, column, ids))),
};

export const attachmentNodes: NodeFetchers<typeof attachmentLoaders> = {
  Attachment: (loaders, key) => loaders.byId.load(key),
};
