import type { MutationResolvers } from './../../../types.generated.js';
import { registerClaim as run } from '../../../../src/modules/claims/claims.service.js';

export const registerClaim: NonNullable<MutationResolvers['registerClaim']> = (_parent, { input }, ctx) => run(ctx, input);
