import type { MutationResolvers } from './../../../types.generated.js';
import { commentOnPartnerAppeal } from '../../../../../src/modules/portal/portal.service.js';

export const commentOnAppeal: NonNullable<MutationResolvers['commentOnAppeal']> = (_parent, { input }, ctx) => commentOnPartnerAppeal(ctx, input);
