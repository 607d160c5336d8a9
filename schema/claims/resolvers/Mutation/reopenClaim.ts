import type { MutationResolvers } from './../../../types.generated.js';
import { reopenClaim as run } from '../../../../src/modules/claims/claims.service.js';

export const reopenClaim: NonNullable<MutationResolvers['reopenClaim']> = (_parent, { input }, ctx) => run(ctx, input);
