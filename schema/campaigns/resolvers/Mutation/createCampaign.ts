import type { MutationResolvers } from './../../../types.generated.js';
import { createCampaign as write } from '../../../../src/modules/campaigns/campaigns.service.js';

export const createCampaign: NonNullable<MutationResolvers['createCampaign']> = (_parent, { input }, ctx) => write(ctx, input);
