import type { MutationResolvers } from './../../../types.generated.js';
import { cancelOrder as run } from '../../../../src/modules/orders/orders.service.js';

export const cancelOrder: NonNullable<MutationResolvers['cancelOrder']> = (_parent, { input }, ctx) => run(ctx, input);
