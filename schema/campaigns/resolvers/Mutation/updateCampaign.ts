import type { MutationResolvers } from './../../../types.generated.js';
import { updateCampaign as write } from '../../../../src/modules/campaigns/campaigns.service.js';

export const updateCampaign: NonNullable<MutationResolvers['updateCampaign']> = (_parent, { input }, ctx) => write(ctx, input);
