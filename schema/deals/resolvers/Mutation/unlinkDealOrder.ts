import type { MutationResolvers } from './../../../types.generated.js';
import { unlinkDealOrder as run } from '../../../../src/modules/deals/deals.service.js';

export const unlinkDealOrder: NonNullable<MutationResolvers['unlinkDealOrder']> = (_parent, { input }, ctx) => run(ctx, input);
