import type { MutationResolvers } from './../../../types.generated.js';
import { commentOnPartnerAppeal } from '../../../../../src/modules/portal/self-service.js';

export const commentOnAppeal: NonNullable<MutationResolvers['commentOnAppeal']> = (_parent, { input }, ctx) => commentOnPartnerAppeal(ctx, input);
