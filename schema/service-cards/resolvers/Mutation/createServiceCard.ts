import type { MutationResolvers } from './../../../types.generated.js';
import { createCard } from '../../../../src/modules/service-cards/service-cards.service.js';

export const createServiceCard: NonNullable<MutationResolvers['createServiceCard']> = (_parent, { input }, ctx) => createCard(ctx, input);
