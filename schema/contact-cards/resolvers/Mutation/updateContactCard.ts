import type { MutationResolvers } from './../../../types.generated.js';
import { updateContactCard as run } from '../../../../src/modules/contact-cards/contact-cards.service.js';

export const updateContactCard: NonNullable<MutationResolvers['updateContactCard']> = (_parent, { input }, ctx) => run(ctx, input);
