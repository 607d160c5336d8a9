import type { MutationResolvers } from './../../../types.generated.js';
import { changeClaimStatus as run } from '../../../../src/modules/claims/claims.service.js';

export const changeClaimStatus: NonNullable<MutationResolvers['changeClaimStatus']> = (_parent, { input }, ctx) => run(ctx, input);
