import type { MutationResolvers } from './../../../types.generated.js';
import { updateDeal as run } from '../../../../src/modules/deals/deals.service.js';

export const updateDeal: NonNullable<MutationResolvers['updateDeal']> = (_parent, { input }, ctx) => run(ctx, input);
