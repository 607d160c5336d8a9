import type { MutationResolvers } from './../../../types.generated.js';
import { cancelClaimTask as run } from '../../../../src/modules/claims/claims.service.js';

export const cancelClaimTask: NonNullable<MutationResolvers['cancelClaimTask']> = (_parent, { input }, ctx) => run(ctx, input);
