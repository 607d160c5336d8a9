import type { QueryResolvers } from './../../../types.generated.js';
import { listOrders } from '../../../../src/modules/orders/orders.service.js';

export const orders: NonNullable<QueryResolvers['orders']> = (_parent, { where, ...page }, ctx) =>
  listOrders(ctx, where, page);
