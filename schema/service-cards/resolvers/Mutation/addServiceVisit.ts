import type { MutationResolvers } from './../../../types.generated.js';
import { addVisit } from '../../../../src/modules/service-cards/service-cards.service.js';

export const addServiceVisit: NonNullable<MutationResolvers['addServiceVisit']> = (_parent, { input }, ctx) => addVisit(ctx, input);
