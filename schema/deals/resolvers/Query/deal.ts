import type { QueryResolvers } from './../../../types.generated.js';
import { getDeal } from '../../../../src/modules/deals/deals.service.js';

export const deal: NonNullable<QueryResolvers['deal']> = (_parent, { id }, ctx) => getDeal(ctx, id);
