import type { MutationResolvers } from './../../../types.generated.js';
import { setCardArchived } from '../../../../src/modules/service-cards/service-cards.service.js';

export const archiveServiceCard: NonNullable<MutationResolvers['archiveServiceCard']> = (_parent, { input }, ctx) => setCardArchived(ctx, input, true);
