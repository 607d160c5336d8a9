import type { ServiceCardResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';
import { cardVisits } from '../../../src/modules/service-cards/service-cards.service.js';

export const ServiceCard: Pick<ServiceCardResolvers, 'archived'|'archivedAt'|'contract'|'counterparty'|'createdAt'|'engineer'|'externalId'|'group'|'id'|'interval'|'notes'|'number'|'object'|'periodEnd'|'periodStart'|'periodicity'|'plannedContacts'|'status'|'updatedAt'|'version'|'visits'|'workMode'|'__isTypeOf'> = {
  id: ({ id }) => toGlobalId('ServiceCard', id),
  counterparty: async ({ counterpartyId }, _args, ctx) => (await ctx.loaders.counterparties.byId.load(counterpartyId))!,
  object: ({ objectId }, _args, ctx) => (objectId === null ? null : ctx.loaders.counterparties.objectById.load(objectId)),
  contract: ({ contractId }, _args, ctx) => (contractId === null ? null : ctx.loaders.contracts.byId.load(contractId)),
  group: ({ groupId }, _args, ctx) => (groupId === null ? null : ctx.loaders.serviceCards.groups.byId.load(groupId)),
  engineer: ({ engineerId }, _args, ctx) => (engineerId === null ? null : ctx.loaders.catalogues.employeeById.load(engineerId)),
  workMode: ({ workingWeekdays, holidays }) => ({ workingWeekdays, holidays }),
  archived: ({ archivedAt }) => archivedAt !== null,
  visits: (card, { statuses }, ctx) => cardVisits(ctx, card, statuses),
};
