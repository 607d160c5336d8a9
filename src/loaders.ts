import type { Database } from './db/client';
import { lazyLoaders } from './lib/loader';
import type { Viewer } from './modules/auth/viewer';
import { agreementLoaders } from './modules/agreements/agreements.loaders';
import { catalogueLoaders } from './modules/catalogues/catalogues.loaders';
import { chronicleLoaders } from './modules/chronicle/chronicle.loaders';
import { contractLoaders } from './modules/contracts/contracts.loaders';
import { counterpartyLoaders } from './modules/counterparties/counterparties.loaders';
import { obligationLoaders } from './modules/obligations/obligations.loaders';
import { orderLoaders } from './modules/orders/orders.loaders';
import { personLoaders } from './modules/persons/persons.loaders';
import { productLoaders } from './modules/products/products.loaders';

const factories = {
  ...catalogueLoaders,
  ...counterpartyLoaders,
  ...personLoaders,
  ...chronicleLoaders,
  ...obligationLoaders,
  ...productLoaders,
  ...agreementLoaders,
  ...contractLoaders,
  ...orderLoaders,
};

/**
 * Every module's per-request loaders in one typed bag, fresh for each request so that batching
 * and caching never cross requests or viewers, each loader made when first used.
 */
export const createLoaders = lazyLoaders<[db: Database, viewer: Viewer], typeof factories>(factories);

export type Loaders = ReturnType<typeof createLoaders>;
