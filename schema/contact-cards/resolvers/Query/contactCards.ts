import type { QueryResolvers } from './../../../types.generated.js';
import { listContactCards } from '../../../../src/modules/contact-cards/contact-cards.service.js';

export const contactCards: NonNullable<QueryResolvers['contactCards']> = (_parent, { where, ...page }, ctx) => listContactCards(ctx, where, page);
