import type { QueryResolvers } from './../../../types.generated.js';
import { getContactCard } from '../../../../src/modules/contact-cards/contact-cards.service.js';

export const contactCard: NonNullable<QueryResolvers['contactCard']> = (_parent, { id }, ctx) => getContactCard(ctx, id);
