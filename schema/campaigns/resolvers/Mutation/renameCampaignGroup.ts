import type { MutationResolvers } from './../../../types.generated.js';
import { campaignGroups } from '../../../../src/modules/campaigns/campaigns.service.js';

export const renameCampaignGroup: NonNullable<MutationResolvers['renameCampaignGroup']> = (_parent, { input }, ctx) => campaignGroups.rename(ctx, input);
