import type { MutationResolvers } from './../../../types.generated.js';
import { updateClaimTask as run } from '../../../../src/modules/claims/claims.service.js';

export const updateClaimTask: NonNullable<MutationResolvers['updateClaimTask']> = (_parent, { input }, ctx) => run(ctx, input);
