import type { MutationResolvers } from './../../../types.generated.js';
import { commentOnPartnerClaim } from '../../../../../src/modules/portal/portal.service.js';

export const commentOnClaim: NonNullable<MutationResolvers['commentOnClaim']> = (_parent, { input }, ctx) => commentOnPartnerClaim(ctx, input);
