import type { TimeEntryResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';

export const TimeEntry: Pick<TimeEntryResolvers, 'comment'|'counterparty'|'createdAt'|'date'|'employee'|'id'|'minutes'|'serviceVisit'|'updatedAt'|'version'|'__isTypeOf'> = {
  id: ({ id }) => toGlobalId('TimeEntry', id),
  employee: async ({ employeeId }, _args, ctx) => (await ctx.loaders.catalogues.employeeById.load(employeeId))!,
  counterparty: ({ counterpartyId }, _args, ctx) => (counterpartyId === null ? null : ctx.loaders.counterparties.byId.load(counterpartyId)),
  serviceVisit: ({ serviceVisitId }, _args, ctx) => (serviceVisitId === null ? null : ctx.loaders.serviceCards.visitById.load(serviceVisitId)),
};
