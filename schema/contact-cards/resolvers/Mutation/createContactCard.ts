import type { MutationResolvers } from './../../../types.generated.js';
import { createContactCard as run } from '../../../../src/modules/contact-cards/contact-cards.service.js';

export const createContactCard: NonNullable<MutationResolvers['createContactCard']> = (_parent, { input }, ctx) => run(ctx, input);
