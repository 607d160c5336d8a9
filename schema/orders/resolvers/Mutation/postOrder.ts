import type { MutationResolvers } from './../../../types.generated';
import { postOrder as run } from '../../../../src/modules/orders/orders.service';

export const postOrder: NonNullable<MutationResolvers['postOrder']> = (_parent, { input }, ctx) => run(ctx, input);
