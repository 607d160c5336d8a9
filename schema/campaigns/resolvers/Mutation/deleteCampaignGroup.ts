import type { MutationResolvers } from './../../../types.generated.js';
import { campaignGroups } from '../../../../src/modules/campaigns/campaigns.service.js';

export const deleteCampaignGroup: NonNullable<MutationResolvers['deleteCampaignGroup']> = (_parent, { input }, ctx) => campaignGroups.remove(ctx, input);
