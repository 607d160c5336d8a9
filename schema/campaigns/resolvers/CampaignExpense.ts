import type { CampaignExpenseResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';
import { campaignOf } from '../../../src/modules/campaigns/campaigns.service.js';

export const CampaignExpense: CampaignExpenseResolvers = {
  id: ({ id }) => toGlobalId('CampaignExpense', id),
  campaign: ({ campaignId }, _args, ctx) => campaignOf(ctx, campaignId),
  currency: async ({ campaignId }, _args, ctx) => (await campaignOf(ctx, campaignId)).currency,
};
