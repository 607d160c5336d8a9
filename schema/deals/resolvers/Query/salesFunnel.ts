import type { QueryResolvers } from './../../../types.generated.js';
import { salesFunnel as run } from '../../../../src/modules/deals/deals.service.js';

export const salesFunnel: NonNullable<QueryResolvers['salesFunnel']> = (_parent, args, ctx) => run(ctx, args);
