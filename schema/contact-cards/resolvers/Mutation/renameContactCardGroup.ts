import type { MutationResolvers } from './../../../types.generated.js';
import { contactCardGroups } from '../../../../src/modules/contact-cards/contact-cards.service.js';

export const renameContactCardGroup: NonNullable<MutationResolvers['renameContactCardGroup']> = (_parent, { input }, ctx) => contactCardGroups.rename(ctx, input);
