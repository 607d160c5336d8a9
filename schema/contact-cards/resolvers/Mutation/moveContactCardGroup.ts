import type { MutationResolvers } from './../../../types.generated.js';
import { contactCardGroups } from '../../../../src/modules/contact-cards/contact-cards.service.js';

export const moveContactCardGroup: NonNullable<MutationResolvers['moveContactCardGroup']> = (_parent, { input }, ctx) => contactCardGroups.move(ctx, input);
