import type { Database } from './db/client.js';
import { lazyLoaders, type NodeFetchers } from './lib/loader.js';
import type { Viewer } from './modules/auth/viewer.js';
import { agreementLoaders, agreementNodes } from './modules/agreements/agreements.loaders.js';
import { catalogueLoaders, catalogueNodes } from './modules/catalogues/catalogues.loaders.js';
import { chronicleLoaders, chronicleNodes } from './modules/chronicle/chronicle.loaders.js';
import { contractLoaders, contractNodes } from './modules/contracts/contracts.loaders.js';
import { counterpartyLoaders, counterpartyNodes } from './modules/counterparties/counterparties.loaders.js';
import { obligationLoaders, obligationNodes } from './modules/obligations/obligations.loaders.js';
import { orderLoaders, orderNodes } from './modules/orders/orders.loaders.js';
import { personLoaders, personNodes } from './modules/persons/persons.loaders.js';
import { productLoaders, productNodes } from './modules/products/products.loaders.js';

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

/** How `node(id)` fetches each type, as each module declares it beside its loaders. */
export const nodeFetchers: NodeFetchers<typeof factories> = {
  ...catalogueNodes,
  ...counterpartyNodes,
  ...personNodes,
  ...chronicleNodes,
  ...obligationNodes,
  ...productNodes,
  ...agreementNodes,
  ...contractNodes,
  ...orderNodes,
};
