import type { MutationResolvers } from './../../../types.generated.js';
import { registerPartnerAppeal } from '../../../../../src/modules/portal/self-service.js';

export const registerAppeal: NonNullable<MutationResolvers['registerAppeal']> = (_parent, { input }, ctx) => registerPartnerAppeal(ctx, input);
