import type { ContactCardDuplicateResolvers } from './../../types.generated.js';

export const ContactCardDuplicate: ContactCardDuplicateResolvers = {
  counterparty: ({ counterpartyId: id }, _args, ctx) => (id === null ? null : ctx.loaders.counterparties.byId.load(id)),
  contactCard: ({ contactCardId: id }, _args, ctx) => (id === null ? null : ctx.loaders.contactCards.byId.load(id)),
};
