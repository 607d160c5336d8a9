import type { QueryResolvers } from './../../../types.generated.js';
import { claimSatisfaction as run } from '../../../../src/modules/claims/claims.service.js';

export const claimSatisfaction: NonNullable<QueryResolvers['claimSatisfaction']> = (_parent, args, ctx) => run(ctx, args);
