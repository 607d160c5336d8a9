import type { MutationResolvers } from './../../../types.generated.js';
import { registerPartnerClaim } from '../../../../../src/modules/portal/self-service.js';

export const registerClaim: NonNullable<MutationResolvers['registerClaim']> = (_parent, { input }, ctx) => registerPartnerClaim(ctx, input);
