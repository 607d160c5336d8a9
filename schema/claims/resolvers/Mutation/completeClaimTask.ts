import type { MutationResolvers } from './../../../types.generated.js';
import { completeClaimTask as run } from '../../../../src/modules/claims/claims.service.js';

export const completeClaimTask: NonNullable<MutationResolvers['completeClaimTask']> = (_parent, { input }, ctx) => run(ctx, input);
