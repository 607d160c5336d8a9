import type { MutationResolvers } from './../../../types.generated.js';
import { contactCardGroups } from '../../../../src/modules/contact-cards/contact-cards.service.js';

export const createContactCardGroup: NonNullable<MutationResolvers['createContactCardGroup']> = (_parent, { input }, ctx) => contactCardGroups.create(ctx, input);
