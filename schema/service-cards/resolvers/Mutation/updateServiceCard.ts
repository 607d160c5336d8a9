import type { MutationResolvers } from './../../../types.generated.js';
import { updateCard } from '../../../../src/modules/service-cards/service-cards.service.js';

export const updateServiceCard: NonNullable<MutationResolvers['updateServiceCard']> = (_parent, { input }, ctx) => updateCard(ctx, input);
