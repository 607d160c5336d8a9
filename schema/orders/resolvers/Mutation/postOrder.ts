import type { MutationResolvers } from './../../../types.generated.js';
import { postOrder as run } from '../../../../src/modules/orders/orders.service.js';

export const postOrder: NonNullable<MutationResolvers['postOrder']> = (_parent, { input }, ctx) => run(ctx, input);
