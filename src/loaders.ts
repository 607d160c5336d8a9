import type { Database } from './db/client.js';
import { lazyLoaders } from './lib/loader.js';
import type { Viewer } from './modules/auth/viewer.js';
import { agreementLoaders } from './modules/agreements/agreements.loaders.js';
import { catalogueLoaders } from './modules/catalogues/catalogues.loaders.js';
import { chronicleLoaders } from './modules/chronicle/chronicle.loaders.js';
import { contractLoaders } from './modules/contracts/contracts.loaders.js';
import { counterpartyLoaders } from './modules/counterparties/counterparties.loaders.js';
import { obligationLoaders } from './modules/obligations/obligations.loaders.js';
import { orderLoaders } from './modules/orders/orders.loaders.js';
import { personLoaders } from './modules/persons/persons.loaders.js';
import { productLoaders } from './modules/products/products.loaders.js';

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
