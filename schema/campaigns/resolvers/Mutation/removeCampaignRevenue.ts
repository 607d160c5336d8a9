import type { MutationResolvers } from './../../../types.generated.js';
import { removeTabRecord } from '../../../../src/modules/campaigns/campaigns.service.js';

export const removeCampaignRevenue: NonNullable<MutationResolvers['removeCampaignRevenue']> = (_parent, { input }, ctx) => removeTabRecord(ctx, 'CampaignRevenue', input);
