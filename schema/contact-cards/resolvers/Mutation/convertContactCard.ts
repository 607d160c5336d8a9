import type { MutationResolvers } from './../../../types.generated.js';
import { convertContactCard as run } from '../../../../src/modules/contact-cards/contact-cards.service.js';

export const convertContactCard: NonNullable<MutationResolvers['convertContactCard']> = (_parent, { input }, ctx) => run(ctx, input);
