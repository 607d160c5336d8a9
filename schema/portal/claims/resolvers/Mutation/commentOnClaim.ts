import type { MutationResolvers } from './../../../types.generated.js';
import { commentOnPartnerClaim } from '../../../../../src/modules/portal/self-service.js';

export const commentOnClaim: NonNullable<MutationResolvers['commentOnClaim']> = (_parent, { input }, ctx) => commentOnPartnerClaim(ctx, input);
