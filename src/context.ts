import type { Database } from './db/client';
import type { Viewer } from './modules/auth/viewer';
import { createLoaders, type Loaders } from './loaders';

/** What every resolver receives: who asks, the database, and this request's loaders. */
export interface Context {
  viewer: Viewer;
  db: Database;
  loaders: Loaders;
  imports: ImportSettings;
}

export interface ImportSettings {
  /** Rows an import writes per transaction (IMPORT_CHUNK_ROWS). */
  chunkRows: number;
  /** How long one statement of an import chunk may run, in ms (IMPORT_STATEMENT_TIMEOUT_MS; 0: no limit). */
  statementTimeoutMs: number;
}

export const DEFAULT_IMPORT_SETTINGS: ImportSettings = { chunkRows: 1000, statementTimeoutMs: 60_000 };

export function createContext(db: Database, viewer: Viewer, imports = DEFAULT_IMPORT_SETTINGS): Context {
  return { viewer, db, loaders: createLoaders(db, viewer), imports };
}
