import type { MutationResolvers } from './../../../types.generated.js';
import { changeCampaignStatus as write } from '../../../../src/modules/campaigns/campaigns.service.js';

export const changeCampaignStatus: NonNullable<MutationResolvers['changeCampaignStatus']> = (_parent, { input }, ctx) => write(ctx, input);
