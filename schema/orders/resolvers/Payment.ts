import type { PaymentResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';

export const Payment: Pick<PaymentResolvers, 'amount'|'createdAt'|'date'|'id'|'order'|'__isTypeOf'> = {
  id: ({ id }) => toGlobalId('Payment', id),
  order: async ({ orderId }, _args, ctx) => (await ctx.loaders.orders.byId.load(orderId))!,
};
