import type { MutationResolvers } from './../../../types.generated.js';
import { updateOrder as run } from '../../../../src/modules/orders/orders.service.js';

export const updateOrder: NonNullable<MutationResolvers['updateOrder']> = (_parent, { input }, ctx) => run(ctx, input);
