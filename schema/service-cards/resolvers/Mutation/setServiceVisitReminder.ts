import type { MutationResolvers } from './../../../types.generated.js';
import { setVisitReminder } from '../../../../src/modules/service-cards/service-cards.service.js';

export const setServiceVisitReminder: NonNullable<MutationResolvers['setServiceVisitReminder']> = (_parent, { input }, ctx) => setVisitReminder(ctx, input);
