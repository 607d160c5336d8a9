import type { MutationResolvers } from './../../../types.generated';
import { cancelOrder as run } from '../../../../src/modules/orders/orders.service';

export const cancelOrder: NonNullable<MutationResolvers['cancelOrder']> = (_parent, { input }, ctx) => run(ctx, input);
