import type { MutationResolvers } from './../../../types.generated.js';
import { campaignGroups } from '../../../../src/modules/campaigns/campaigns.service.js';

export const createCampaignGroup: NonNullable<MutationResolvers['createCampaignGroup']> = (_parent, { input }, ctx) => campaignGroups.create(ctx, input);
