import type { QueryResolvers } from './../../../types.generated.js';
import { campaignEffectiveness as effectiveness } from '../../../../src/modules/campaigns/campaigns.service.js';

export const campaignEffectiveness: NonNullable<QueryResolvers['campaignEffectiveness']> = (_parent, args, ctx) => effectiveness(ctx, args);
