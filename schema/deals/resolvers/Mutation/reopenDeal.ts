import type { MutationResolvers } from './../../../types.generated.js';
import { reopenDeal as run } from '../../../../src/modules/deals/deals.service.js';

export const reopenDeal: NonNullable<MutationResolvers['reopenDeal']> = (_parent, { input }, ctx) => run(ctx, input);
