import type { Database } from './db/client.js';
import { loadersByModule, type LoadersOf, type NodeFetchers } from './lib/loader.js';
import type { Viewer } from './modules/auth/viewer.js';
import { agreementLoaders, agreementNodes } from './modules/agreements/agreements.loaders.js';
import { apiKeyLoaders, apiKeyNodes } from './modules/auth/api-keys.loaders.js';
import { appealLoaders, appealNodes } from './modules/appeals/appeals.loaders.js';
import { claimLoaders, claimNodes } from './modules/claims/claims.loaders.js';
import { campaignLoaders, campaignNodes } from './modules/campaigns/campaigns.loaders.js';
import { contactCardLoaders, contactCardNodes } from './modules/contact-cards/contact-cards.loaders.js';
import { attachmentLoaders, attachmentNodes } from './modules/attachments/attachments.loaders.js';
import { catalogueLoaders, catalogueNodes } from './modules/catalogues/catalogues.loaders.js';
import { chronicleLoaders, chronicleNodes } from './modules/chronicle/chronicle.loaders.js';
import { contractLoaders, contractNodes } from './modules/contracts/contracts.loaders.js';
import { counterpartyLoaders, counterpartyNodes } from './modules/counterparties/counterparties.loaders.js';
import { dealLoaders, dealNodes } from './modules/deals/deals.loaders.js';
import { emailLoaders } from './modules/email/email.loaders.js';
import { historyLoaders } from './modules/history/history.loaders.js';
import { notificationLoaders, notificationNodes } from './modules/notifications/notifications.loaders.js';
import { webhookLoaders, webhookNodes } from './modules/webhooks/webhooks.loaders.js';
import { obligationLoaders, obligationNodes } from './modules/obligations/obligations.loaders.js';
import { orderLoaders, orderNodes } from './modules/orders/orders.loaders.js';
import { personLoaders, personNodes } from './modules/persons/persons.loaders.js';
import { productLoaders, productNodes } from './modules/products/products.loaders.js';
import { serviceCardLoaders, serviceCardNodes } from './modules/service-cards/service-cards.loaders.js';
import { taskLoaders, taskNodes } from './modules/tasks/tasks.loaders.js';
import { workTimeLoaders, workTimeNodes } from './modules/work-time/work-time.loaders.js';
import { workHistoryLoaders } from './modules/reports/work-history.js';

/** Each module's loaders under its name: `ctx.loaders.counterparties.byId`. */
const modules = {
  catalogues: catalogueLoaders,
  counterparties: counterpartyLoaders,
  persons: personLoaders,
  chronicle: chronicleLoaders,
  obligations: obligationLoaders,
  products: productLoaders,
  agreements: agreementLoaders,
  contracts: contractLoaders,
  orders: orderLoaders,
  serviceCards: serviceCardLoaders,
  workTime: workTimeLoaders,
  appeals: appealLoaders,
  claims: claimLoaders,
  contactCards: contactCardLoaders,
  attachments: attachmentLoaders,
  campaigns: campaignLoaders,
  deals: dealLoaders,
  notifications: notificationLoaders,
  webhooks: webhookLoaders,
  tasks: taskLoaders,
  email: emailLoaders,
  apiKeys: apiKeyLoaders,
  workHistory: workHistoryLoaders,
  history: historyLoaders,
};

/**
 * Every module's per-request loaders in one typed bag, fresh for each request so that batching
 * and caching never cross requests or viewers, each loader made when first used.
 */
export const createLoaders = loadersByModule<[db: Database, viewer: Viewer, timeZone: string], typeof modules>(modules);

export type Loaders = ReturnType<typeof createLoaders>;

type ModuleName = keyof typeof modules;

/** A module's node fetchers, given the request's loaders instead of its own namespace of them. */
function nodesOf<Module extends ModuleName>(module: Module, nodes: NodeFetchers<(typeof modules)[Module]>) {
  return Object.fromEntries(Object.entries(nodes).map(([type, fetch]) =>
    [type, (loaders: Loaders, key: number) => fetch(loaders[module] as LoadersOf<(typeof modules)[Module]>, key)]));
}

/** How `node(id)` fetches each type, as each module declares it beside its loaders. */
export const nodeFetchers: Record<string, (loaders: Loaders, key: number) => Promise<object | null>> = {
  ...nodesOf('catalogues', catalogueNodes),
  ...nodesOf('counterparties', counterpartyNodes),
  ...nodesOf('persons', personNodes),
  ...nodesOf('chronicle', chronicleNodes),
  ...nodesOf('obligations', obligationNodes),
  ...nodesOf('products', productNodes),
  ...nodesOf('agreements', agreementNodes),
  ...nodesOf('contracts', contractNodes),
  ...nodesOf('orders', orderNodes),
  ...nodesOf('serviceCards', serviceCardNodes),
  ...nodesOf('workTime', workTimeNodes),
  ...nodesOf('appeals', appealNodes),
  ...nodesOf('claims', claimNodes),
  ...nodesOf('contactCards', contactCardNodes),
  ...nodesOf('attachments', attachmentNodes),
  ...nodesOf('campaigns', campaignNodes),
  ...nodesOf('deals', dealNodes),
  ...nodesOf('notifications', notificationNodes),
  ...nodesOf('webhooks', webhookNodes),
  ...nodesOf('tasks', taskNodes),
  ...nodesOf('apiKeys', apiKeyNodes),
};
