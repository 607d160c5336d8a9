import type { CampaignMaterialConnectionResolvers } from './../../types.generated.js';

export const CampaignMaterialConnection: CampaignMaterialConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
