import type { MutationResolvers } from './../../../types.generated.js';
import { registerPartnerAppeal } from '../../../../../src/modules/portal/portal.service.js';

export const registerAppeal: NonNullable<MutationResolvers['registerAppeal']> = (_parent, { input }, ctx) => registerPartnerAppeal(ctx, input);
