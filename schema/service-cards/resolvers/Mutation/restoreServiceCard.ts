import type { MutationResolvers } from './../../../types.generated.js';
import { setCardArchived } from '../../../../src/modules/service-cards/service-cards.service.js';

export const restoreServiceCard: NonNullable<MutationResolvers['restoreServiceCard']> = (_parent, { input }, ctx) => setCardArchived(ctx, input, false);
