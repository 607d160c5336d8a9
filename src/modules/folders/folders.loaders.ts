import type DataLoader from 'dataloader';
import type { Database } from '../../db/client.js';
import { rowByKeyLoader, rowsByParentLoader } from '../../lib/loader.js';
import type { FolderRow, FolderTreeRepository } from './folders.repository.js';

/** The per-request loaders of one folder tree. */
export interface FolderLoaders {
  byId: DataLoader<number, FolderRow | null>;
  pathById: DataLoader<number, { id: number; path: string } | null>;
  children: DataLoader<number, FolderRow[]>;
}

export function folderTreeLoaders(db: Database, repository: FolderTreeRepository): FolderLoaders {
  return {
    byId: rowByKeyLoader((ids) => repository.byIds(db, ids), (row) => row.id),
    pathById: rowByKeyLoader((ids) => repository.paths(db, ids), (row) => row.id),
    children: rowsByParentLoader((ids) => repository.children(db, ids), (row) => row.parentId!),
  };
}
