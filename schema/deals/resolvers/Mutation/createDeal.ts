import type { MutationResolvers } from './../../../types.generated.js';
import { createDeal as run } from '../../../../src/modules/deals/deals.service.js';

export const createDeal: NonNullable<MutationResolvers['createDeal']> = (_parent, { input }, ctx) => run(ctx, input);
