import type { ContactsReportRowResolvers } from './../../types.generated.js';

/** A group's keys are ids in the row; their objects come from the request's loaders, one batch per kind. */
export const ContactsReportRow: ContactsReportRowResolvers = {
  employee: ({ employeeId }, _args, ctx) => (employeeId === null ? null : ctx.loaders.catalogues.employeeById.load(employeeId)),
  counterparty: ({ counterpartyId }, _args, ctx) => (counterpartyId === null ? null : ctx.loaders.counterparties.byId.load(counterpartyId)),
  contactCard: ({ contactCardId }, _args, ctx) => (contactCardId === null ? null : ctx.loaders.contactCards.byId.load(contactCardId)),
};
