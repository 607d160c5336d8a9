import type { CampaignConnectionResolvers } from './../../types.generated.js';

export const CampaignConnection: CampaignConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
