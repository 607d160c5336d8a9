import type { MutationResolvers } from './../../../types.generated.js';
import { claimCauses } from '../../../../src/modules/claims/claims.service.js';

export const renameClaimCause: NonNullable<MutationResolvers['renameClaimCause']> = (_parent, { input }, ctx) => claimCauses.rename(ctx, input);
