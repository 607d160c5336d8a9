import type { DealResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';
import { dealOrders, followUpDue, silentSince } from '../../../src/modules/deals/deals.service.js';

export const Deal: Pick<DealResolvers, 'amount'|'assignedEmployee'|'campaign'|'closedAt'|'column'|'contactCard'|'contract'|'counterparty'|'createdAt'|'currency'|'expectedDate'|'externalId'|'followUpDue'|'id'|'informationSource'|'lastMovedAt'|'lostReason'|'moves'|'name'|'orders'|'remindAt'|'result'|'silentSince'|'stage'|'updatedAt'|'version'|'__isTypeOf'> = {
  id: ({ id }) => toGlobalId('Deal', id),
  counterparty: ({ counterpartyId }, _args, ctx) => (counterpartyId === null ? null : ctx.loaders.counterparties.byId.load(counterpartyId)),
  contactCard: ({ contactCardId }, _args, ctx) => (contactCardId === null ? null : ctx.loaders.contactCards.byId.load(contactCardId)),
  assignedEmployee: ({ assignedEmployeeId }, _args, ctx) =>
    (assignedEmployeeId === null ? null : ctx.loaders.catalogues.employeeById.load(assignedEmployeeId)),
  campaign: ({ campaignId }, _args, ctx) => (campaignId === null ? null : ctx.loaders.campaigns.byId.load(campaignId)),
  informationSource: ({ informationSourceId }, _args, ctx) =>
    (informationSourceId === null ? null : ctx.loaders.catalogues.informationSourceById.load(informationSourceId)),
  lostReason: ({ lostReasonId }, _args, ctx) => (lostReasonId === null ? null : ctx.loaders.deals.lostReasonById.load(lostReasonId)),
  contract: ({ contractId }, _args, ctx) => (contractId === null ? null : ctx.loaders.contracts.byId.load(contractId)),
  orders: ({ id }, _args, ctx) => dealOrders(ctx, id),
  moves: ({ id }, _args, ctx) => ctx.loaders.deals.movesByDealId.load(id),
  silentSince: (deal, _args, ctx) => silentSince(ctx, deal),
  followUpDue: (deal, _args, ctx) => followUpDue(ctx, deal),
};
