import type { QueryResolvers } from './../../../types.generated.js';
import { contactCardGroups as groups } from '../../../../src/modules/contact-cards/contact-cards.service.js';

export const contactCardGroups: NonNullable<QueryResolvers['contactCardGroups']> = (_parent, _args, ctx) => groups.roots(ctx);
