import type { QueryResolvers } from './../../../types.generated';
import { getOrder } from '../../../../src/modules/orders/orders.service';

export const order: NonNullable<QueryResolvers['order']> = (_parent, { id }, ctx) => getOrder(ctx, id);
