import type { MutationResolvers } from './../../../types.generated';
import { recordPayment as run } from '../../../../src/modules/orders/orders.service';

export const recordPayment: NonNullable<MutationResolvers['recordPayment']> = (_parent, { input }, ctx) => run(ctx, input);
