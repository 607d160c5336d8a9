import type { MutationResolvers } from './../../../types.generated.js';
import { changeDealStage as run } from '../../../../src/modules/deals/deals.service.js';

export const changeDealStage: NonNullable<MutationResolvers['changeDealStage']> = (_parent, { input }, ctx) => run(ctx, input);
