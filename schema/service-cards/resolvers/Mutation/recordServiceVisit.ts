import type { MutationResolvers } from './../../../types.generated.js';
import { recordVisit } from '../../../../src/modules/service-cards/service-cards.service.js';

export const recordServiceVisit: NonNullable<MutationResolvers['recordServiceVisit']> = (_parent, { input }, ctx) => recordVisit(ctx, input);
