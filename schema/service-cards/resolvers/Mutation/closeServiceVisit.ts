import type { MutationResolvers } from './../../../types.generated.js';
import { closeVisit } from '../../../../src/modules/service-cards/service-cards.service.js';

export const closeServiceVisit: NonNullable<MutationResolvers['closeServiceVisit']> = (_parent, { input }, ctx) => closeVisit(ctx, input);
