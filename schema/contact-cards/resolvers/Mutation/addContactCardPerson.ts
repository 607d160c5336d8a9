import type { MutationResolvers } from './../../../types.generated.js';
import { addContactCardPerson as run } from '../../../../src/modules/contact-cards/contact-cards.service.js';

export const addContactCardPerson: NonNullable<MutationResolvers['addContactCardPerson']> = (_parent, { input }, ctx) => run(ctx, input);
