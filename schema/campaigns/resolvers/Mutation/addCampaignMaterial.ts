import type { MutationResolvers } from './../../../types.generated.js';
import { addMaterial } from '../../../../src/modules/campaigns/campaigns.service.js';

export const addCampaignMaterial: NonNullable<MutationResolvers['addCampaignMaterial']> = (_parent, { input }, ctx) => addMaterial(ctx, input);
