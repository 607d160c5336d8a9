import type { ContactCardResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';
import { selectionOf } from '../../../src/lib/selection.js';
import { contactCardChronicle } from '../../../src/modules/chronicle/chronicle.service.js';
import { cardDuplicates } from '../../../src/modules/contact-cards/contact-cards.service.js';

export const ContactCard: Pick<ContactCardResolvers, 'archived'|'chronicle'|'companyName'|'convertedAt'|'convertedCounterparty'|'createdAt'|'duplicates'|'emails'|'externalId'|'group'|'hasDuplicates'|'id'|'informationSource'|'interest'|'name'|'notes'|'persons'|'phones'|'responsibleEmployee'|'taxNumber'|'updatedAt'|'version'|'__isTypeOf'> = {
  id: ({ id }) => toGlobalId('ContactCard', id),
  archived: ({ archivedAt }) => archivedAt !== null,
  informationSource: ({ informationSourceId: id }, _args, ctx) => (id === null ? null : ctx.loaders.catalogues.informationSourceById.load(id)),
  responsibleEmployee: ({ responsibleEmployeeId: id }, _args, ctx) => (id === null ? null : ctx.loaders.catalogues.employeeById.load(id)),
  group: ({ groupId: id }, _args, ctx) => (id === null ? null : ctx.loaders.contactCards.groups.byId.load(id)),
  convertedCounterparty: ({ convertedCounterpartyId: id }, _args, ctx) => (id === null ? null : ctx.loaders.counterparties.byId.load(id)),
  persons: ({ id }, _args, ctx) => ctx.loaders.contactCards.personsByCardId.load(id),
  duplicates: ({ id }, _args, ctx) => cardDuplicates(ctx, id),
  hasDuplicates: async ({ id }, _args, ctx) => (await cardDuplicates(ctx, id)).length > 0,
  chronicle: ({ id }, args, ctx, info) => contactCardChronicle(ctx, id, args, selectionOf(info, ['edges', 'node'])),
};
