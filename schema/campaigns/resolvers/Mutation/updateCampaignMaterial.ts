import type { MutationResolvers } from './../../../types.generated.js';
import { updateMaterial } from '../../../../src/modules/campaigns/campaigns.service.js';

export const updateCampaignMaterial: NonNullable<MutationResolvers['updateCampaignMaterial']> = (_parent, { input }, ctx) => updateMaterial(ctx, input);
