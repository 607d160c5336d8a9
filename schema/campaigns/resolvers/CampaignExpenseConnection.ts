import type { CampaignExpenseConnectionResolvers } from './../../types.generated.js';

export const CampaignExpenseConnection: CampaignExpenseConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
