import type { MutationResolvers } from './../../../types.generated.js';
import { claimCauses } from '../../../../src/modules/claims/claims.service.js';

export const deleteClaimCause: NonNullable<MutationResolvers['deleteClaimCause']> = (_parent, { input }, ctx) => claimCauses.remove(ctx, input);
