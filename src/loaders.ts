import type { Database } from './db/client';
import type { Viewer } from './modules/auth/viewer';
import { createCatalogueLoaders } from './modules/catalogues/catalogues.loaders';
import { createCounterpartyLoaders } from './modules/counterparties/counterparties.loaders';

/**
 * Every module's per-request loaders in one typed bag, built fresh for each request so that
 * batching and caching never cross requests or viewers.
 */
export function createLoaders(db: Database, viewer: Viewer) {
  return {
    ...createCatalogueLoaders(db, viewer),
    ...createCounterpartyLoaders(db, viewer),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
