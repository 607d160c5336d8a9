import type { MutationResolvers } from './../../../types.generated.js';
import { updateLostReason as run } from '../../../../src/modules/deals/deals.service.js';

export const updateLostReason: NonNullable<MutationResolvers['updateLostReason']> = (_parent, { input }, ctx) => run(ctx, input);
