import type { SalesAfterCampaignResolvers } from './../../types.generated.js';
import { campaignOf } from '../../../src/modules/campaigns/campaigns.service.js';

export const SalesAfterCampaign: SalesAfterCampaignResolvers = {
  campaign: ({ campaignId }, _args, ctx) => campaignOf(ctx, campaignId),
};
