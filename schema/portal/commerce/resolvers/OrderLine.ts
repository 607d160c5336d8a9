import type { OrderLineResolvers } from './../../types.generated.js';
import { productName } from '../../../../src/modules/portal/portal.service.js';

export const OrderLine: OrderLineResolvers = {
  product: ({ productId }, _args, ctx) => productName(ctx, productId),
};
