import type { ChronicleEntryResolvers } from './../../types.generated.js';

export const ChronicleEntry: Pick<ChronicleEntryResolvers, 'contactCard'|'__isTypeOf'> = {
  contactCard: ({ contactCardId }, _args, ctx) => (contactCardId == null ? null : ctx.loaders.contactCards.byId.load(contactCardId)),
};
