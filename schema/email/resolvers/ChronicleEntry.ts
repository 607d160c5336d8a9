import type { ChronicleEntryResolvers } from './../../types.generated.js';
import { entryEmail } from '../../../src/modules/email/email.service.js';

export const ChronicleEntry: Pick<ChronicleEntryResolvers, 'email'|'__isTypeOf'> = {
  email: (entry, _args, ctx) => entryEmail(ctx, entry),
};
