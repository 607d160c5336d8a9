import type { QueryResolvers } from './../../../types.generated.js';
import { partnerSalesActivity as run } from '../../../../src/modules/claims/claims.service.js';

export const partnerSalesActivity: NonNullable<QueryResolvers['partnerSalesActivity']> = (_parent, args, ctx) => run(ctx, args);
