import type { MutationResolvers } from './../../../types.generated';
import { createOrder as run } from '../../../../src/modules/orders/orders.service';

export const createOrder: NonNullable<MutationResolvers['createOrder']> = (_parent, { input }, ctx) => run(ctx, input);
