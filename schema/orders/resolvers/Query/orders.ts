import type { QueryResolvers } from './../../../types.generated';
import { listOrders } from '../../../../src/modules/orders/orders.service';

export const orders: NonNullable<QueryResolvers['orders']> = (_parent, { where, ...page }, ctx) =>
  listOrders(ctx, where, page);
