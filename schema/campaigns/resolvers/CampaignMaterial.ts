import type { CampaignMaterialResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';
import { campaignOf } from '../../../src/modules/campaigns/campaigns.service.js';

export const CampaignMaterial: CampaignMaterialResolvers = {
  id: ({ id }) => toGlobalId('CampaignMaterial', id),
  campaign: ({ campaignId }, _args, ctx) => campaignOf(ctx, campaignId),
};
