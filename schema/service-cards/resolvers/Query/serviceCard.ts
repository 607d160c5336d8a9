import type { QueryResolvers } from './../../../types.generated.js';
import { getCard } from '../../../../src/modules/service-cards/service-cards.service.js';

export const serviceCard: NonNullable<QueryResolvers['serviceCard']> = (_parent, { id }, ctx) => getCard(ctx, id);
