import type { Database } from './db/client';
import type { Viewer } from './modules/auth/viewer';
import { createLoaders, type Loaders } from './loaders';

/** What every resolver receives: who asks, the database, and this request's loaders. */
export interface Context {
  viewer: Viewer;
  db: Database;
  loaders: Loaders;
  /** Rows an import writes per transaction (IMPORT_CHUNK_ROWS). */
  importChunkRows: number;
}

export const DEFAULT_IMPORT_CHUNK_ROWS = 1000;

export function createContext(db: Database, viewer: Viewer, importChunkRows = DEFAULT_IMPORT_CHUNK_ROWS): Context {
  return { viewer, db, loaders: createLoaders(db, viewer), importChunkRows };
}
