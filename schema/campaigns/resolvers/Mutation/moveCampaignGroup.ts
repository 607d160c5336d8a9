import type { MutationResolvers } from './../../../types.generated.js';
import { campaignGroups } from '../../../../src/modules/campaigns/campaigns.service.js';

export const moveCampaignGroup: NonNullable<MutationResolvers['moveCampaignGroup']> = (_parent, { input }, ctx) => campaignGroups.move(ctx, input);
