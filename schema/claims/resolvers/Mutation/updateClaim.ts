import type { MutationResolvers } from './../../../types.generated.js';
import { updateClaim as run } from '../../../../src/modules/claims/claims.service.js';

export const updateClaim: NonNullable<MutationResolvers['updateClaim']> = (_parent, { input }, ctx) => run(ctx, input);
