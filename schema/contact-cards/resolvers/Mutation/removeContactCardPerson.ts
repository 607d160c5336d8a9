import type { MutationResolvers } from './../../../types.generated.js';
import { removeContactCardPerson as run } from '../../../../src/modules/contact-cards/contact-cards.service.js';

export const removeContactCardPerson: NonNullable<MutationResolvers['removeContactCardPerson']> = (_parent, { input }, ctx) => run(ctx, input);
