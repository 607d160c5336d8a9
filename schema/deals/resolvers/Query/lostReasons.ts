import type { QueryResolvers } from './../../../types.generated.js';
import { listLostReasons } from '../../../../src/modules/deals/deals.service.js';

export const lostReasons: NonNullable<QueryResolvers['lostReasons']> = (_parent, { active }, ctx) => listLostReasons(ctx, active);
