import type { MutationResolvers } from './../../../types.generated.js';
import { moveDeal as run } from '../../../../src/modules/deals/deals.service.js';

export const moveDeal: NonNullable<MutationResolvers['moveDeal']> = (_parent, { input }, ctx) => run(ctx, input);
