import type { MutationResolvers } from './../../../types.generated.js';
import { addClaimTask as run } from '../../../../src/modules/claims/claims.service.js';

export const addClaimTask: NonNullable<MutationResolvers['addClaimTask']> = (_parent, { input }, ctx) => run(ctx, input);
