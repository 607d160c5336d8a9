import type { CampaignParticipantConnectionResolvers } from './../../types.generated.js';

export const CampaignParticipantConnection: CampaignParticipantConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
