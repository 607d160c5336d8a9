import type { QueryResolvers } from './../../../types.generated.js';
import { orderAnalysis as run } from '../../../../src/modules/reports/order-analysis.js';

export const orderAnalysis: NonNullable<QueryResolvers['orderAnalysis']> = (_parent, { orderId }, ctx) => run(ctx, orderId);
