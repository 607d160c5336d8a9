import type { PaymentResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';

export const Payment: PaymentResolvers = {
  id: ({ id }) => toGlobalId('Payment', id),
  order: async ({ orderId }, _args, ctx) => (await ctx.loaders.orders.byId.load(orderId))!,
};
