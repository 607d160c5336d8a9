import type { MutationResolvers } from './../../../types.generated.js';
import { updateRevenue } from '../../../../src/modules/campaigns/campaigns.service.js';

export const updateCampaignRevenue: NonNullable<MutationResolvers['updateCampaignRevenue']> = (_parent, { input }, ctx) => updateRevenue(ctx, input);
