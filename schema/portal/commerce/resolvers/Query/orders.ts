import type { QueryResolvers } from './../../../types.generated.js';

export const orders: NonNullable<QueryResolvers['orders']> = (_parent, { statuses, ...page }, { reads }) => reads.orders(statuses, page);
