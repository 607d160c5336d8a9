import type { CampaignRevenueConnectionResolvers } from './../../types.generated.js';

export const CampaignRevenueConnection: CampaignRevenueConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
