import type { MutationResolvers } from './../../../types.generated.js';
import { claimCauses } from '../../../../src/modules/claims/claims.service.js';

export const moveClaimCause: NonNullable<MutationResolvers['moveClaimCause']> = (_parent, { input }, ctx) => claimCauses.move(ctx, input);
