import type { MutationResolvers } from './../../../types.generated.js';
import { createLostReason as run } from '../../../../src/modules/deals/deals.service.js';

export const createLostReason: NonNullable<MutationResolvers['createLostReason']> = (_parent, { input }, ctx) => run(ctx, input);
