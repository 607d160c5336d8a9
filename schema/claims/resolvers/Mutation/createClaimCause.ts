import type { MutationResolvers } from './../../../types.generated.js';
import { claimCauses } from '../../../../src/modules/claims/claims.service.js';

export const createClaimCause: NonNullable<MutationResolvers['createClaimCause']> = (_parent, { input }, ctx) => claimCauses.create(ctx, input);
