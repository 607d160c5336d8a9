import type { MutationResolvers } from './../../../types.generated.js';
import { generateSchedule } from '../../../../src/modules/service-cards/service-cards.service.js';

export const generateServiceSchedule: NonNullable<MutationResolvers['generateServiceSchedule']> = (_parent, { input }, ctx) => generateSchedule(ctx, input);
