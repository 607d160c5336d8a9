import type { MutationResolvers } from './../../../types.generated.js';
import { linkDealOrder as run } from '../../../../src/modules/deals/deals.service.js';

export const linkDealOrder: NonNullable<MutationResolvers['linkDealOrder']> = (_parent, { input }, ctx) => run(ctx, input);
