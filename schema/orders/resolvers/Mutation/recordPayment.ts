import type { MutationResolvers } from './../../../types.generated.js';
import { recordPayment as run } from '../../../../src/modules/orders/orders.service.js';

export const recordPayment: NonNullable<MutationResolvers['recordPayment']> = (_parent, { input }, ctx) => run(ctx, input);
