import type { Database } from './db/client';
import type { Viewer } from './modules/auth/viewer';
import { createCatalogueLoaders } from './modules/catalogues/catalogues.loaders';
import { createCounterpartyLoaders } from './modules/counterparties/counterparties.loaders';
import { createPersonLoaders } from './modules/persons/persons.loaders';
import { createChronicleLoaders } from './modules/chronicle/chronicle.loaders';
import { createObligationLoaders } from './modules/obligations/obligations.loaders';
import { createProductLoaders } from './modules/products/products.loaders';
import { createAgreementLoaders } from './modules/agreements/agreements.loaders';
import { createContractLoaders } from './modules/contracts/contracts.loaders';
import { createOrderLoaders } from './modules/orders/orders.loaders';

/**
 * Every module's per-request loaders in one typed bag, built fresh for each request so that
 * batching and caching never cross requests or viewers.
 */
export function createLoaders(db: Database, viewer: Viewer) {
  return {
    ...createCatalogueLoaders(db, viewer),
    ...createCounterpartyLoaders(db, viewer),
    ...createPersonLoaders(db, viewer),
    ...createChronicleLoaders(db, viewer),
    ...createObligationLoaders(db, viewer),
    ...createProductLoaders(db, viewer),
    ...createAgreementLoaders(db, viewer),
    ...createContractLoaders(db, viewer),
    ...createOrderLoaders(db, viewer),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
