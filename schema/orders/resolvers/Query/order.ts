import type { QueryResolvers } from './../../../types.generated.js';
import { getOrder } from '../../../../src/modules/orders/orders.service.js';

export const order: NonNullable<QueryResolvers['order']> = (_parent, { id }, ctx) => getOrder(ctx, id);
