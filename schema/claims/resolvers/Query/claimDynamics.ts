import type { QueryResolvers } from './../../../types.generated.js';
import { claimDynamics as run } from '../../../../src/modules/claims/claims.service.js';

export const claimDynamics: NonNullable<QueryResolvers['claimDynamics']> = (_parent, args, ctx) => run(ctx, args);
