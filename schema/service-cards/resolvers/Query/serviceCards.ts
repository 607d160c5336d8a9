import type { QueryResolvers } from './../../../types.generated.js';
import { listCards } from '../../../../src/modules/service-cards/service-cards.service.js';

export const serviceCards: NonNullable<QueryResolvers['serviceCards']> = (_parent, { where, ...page }, ctx) => listCards(ctx, where, page);
