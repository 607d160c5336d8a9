import type { MutationResolvers } from './../../../types.generated.js';
import { setArchived } from '../../../../src/modules/contact-cards/contact-cards.service.js';

export const archiveContactCard: NonNullable<MutationResolvers['archiveContactCard']> = (_parent, { input }, ctx) => setArchived(ctx, input, true);
