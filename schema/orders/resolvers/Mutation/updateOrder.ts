import type { MutationResolvers } from './../../../types.generated';
import { updateOrder as run } from '../../../../src/modules/orders/orders.service';

export const updateOrder: NonNullable<MutationResolvers['updateOrder']> = (_parent, { input }, ctx) => run(ctx, input);
