import type { MutationResolvers } from './../../../types.generated.js';
import { addRevenue } from '../../../../src/modules/campaigns/campaigns.service.js';

export const addCampaignRevenue: NonNullable<MutationResolvers['addCampaignRevenue']> = (_parent, { input }, ctx) => addRevenue(ctx, input);
