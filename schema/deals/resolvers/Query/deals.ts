import type { QueryResolvers } from './../../../types.generated.js';
import { listDeals } from '../../../../src/modules/deals/deals.service.js';

export const deals: NonNullable<QueryResolvers['deals']> = (_parent, { where, ...page }, ctx) => listDeals(ctx, where, page);
