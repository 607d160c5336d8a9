import type { CampaignRevenueResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';
import { campaignOf } from '../../../src/modules/campaigns/campaigns.service.js';

export const CampaignRevenue: CampaignRevenueResolvers = {
  id: ({ id }) => toGlobalId('CampaignRevenue', id),
  campaign: ({ campaignId }, _args, ctx) => campaignOf(ctx, campaignId),
  currency: async ({ campaignId }, _args, ctx) => (await campaignOf(ctx, campaignId)).currency,
  order: ({ orderId }, _args, ctx) => (orderId === null ? null : ctx.loaders.orders.byId.load(orderId)),
  deal: ({ dealId }, _args, ctx) => (dealId === null ? null : ctx.loaders.deals.byId.load(dealId)),
};
