import type { QueryResolvers } from './../../../types.generated.js';
import { sourceEffectiveness as effectiveness } from '../../../../src/modules/campaigns/campaigns.service.js';

export const sourceEffectiveness: NonNullable<QueryResolvers['sourceEffectiveness']> = (_parent, args, ctx) => effectiveness(ctx, args);
