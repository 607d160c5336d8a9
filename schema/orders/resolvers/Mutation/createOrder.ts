import type { MutationResolvers } from './../../../types.generated.js';
import { createOrder as run } from '../../../../src/modules/orders/orders.service.js';

export const createOrder: NonNullable<MutationResolvers['createOrder']> = (_parent, { input }, ctx) => run(ctx, input);
