import type { CampaignEffectivenessRowResolvers } from './../../types.generated.js';
import { campaignOf } from '../../../src/modules/campaigns/campaigns.service.js';

export const CampaignEffectivenessRow: CampaignEffectivenessRowResolvers = {
  campaign: ({ campaignId }, _args, ctx) => campaignOf(ctx, campaignId),
};
