import type { MutationResolvers } from './../../../types.generated.js';
import { registerCall as run } from '../../../../src/modules/contact-cards/contact-cards.service.js';

export const registerCall: NonNullable<MutationResolvers['registerCall']> = (_parent, { input }, ctx) => run(ctx, input);
