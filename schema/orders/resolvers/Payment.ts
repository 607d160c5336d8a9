import type { PaymentResolvers } from './../../types.generated';
import { toGlobalId } from '../../../src/lib/global-id';

export const Payment: PaymentResolvers = {
  id: ({ id }) => toGlobalId('Payment', id),
  order: async ({ orderId }, _args, ctx) => (await ctx.loaders.orderById.load(orderId))!,
};
