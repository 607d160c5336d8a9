import type { ServiceVisitResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';

export const ServiceVisit: Pick<ServiceVisitResolvers, 'card'|'chronicleEntry'|'createdAt'|'doneAt'|'durationMinutes'|'engineer'|'id'|'origin'|'plannedDate'|'remindAt'|'result'|'status'|'updatedAt'|'version'|'__isTypeOf'> = {
  id: ({ id }) => toGlobalId('ServiceVisit', id),
  card: async ({ cardId }, _args, ctx) => (await ctx.loaders.serviceCards.byId.load(cardId))!,
  engineer: ({ engineerId }, _args, ctx) => (engineerId === null ? null : ctx.loaders.catalogues.employeeById.load(engineerId)),
  chronicleEntry: ({ chronicleEntryId }, _args, ctx) => (chronicleEntryId === null ? null : ctx.loaders.chronicle.byId.load(chronicleEntryId)),
};
