import type { MutationResolvers } from './../../../types.generated.js';
import { removeTabRecord } from '../../../../src/modules/campaigns/campaigns.service.js';

export const removeCampaignMaterial: NonNullable<MutationResolvers['removeCampaignMaterial']> = (_parent, { input }, ctx) => removeTabRecord(ctx, 'CampaignMaterial', input);
