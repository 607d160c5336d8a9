import type { Database } from './db/client';
import type { Viewer } from './modules/auth/viewer';
import { createLoaders, type Loaders } from './loaders';

/** What every resolver receives: who asks, the database, and this request's loaders. */
export interface Context {
  viewer: Viewer;
  db: Database;
  loaders: Loaders;
}

export function createContext(db: Database, viewer: Viewer): Context {
  return { viewer, db, loaders: createLoaders(db, viewer) };
}
