import type { MutationResolvers } from './../../../types.generated.js';
import { contactCardGroups } from '../../../../src/modules/contact-cards/contact-cards.service.js';

export const deleteContactCardGroup: NonNullable<MutationResolvers['deleteContactCardGroup']> = (_parent, { input }, ctx) => contactCardGroups.remove(ctx, input);
