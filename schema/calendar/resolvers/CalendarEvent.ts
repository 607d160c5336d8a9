import type { CalendarEventResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';
import { RECORD_TYPE } from '../../../src/modules/calendar/calendar.service.js';

/** The record behind an event is read through its module's by-id loader: one statement per kind for a whole page. */
export const CalendarEvent: CalendarEventResolvers = {
  recordId: ({ kind, id }) => toGlobalId(RECORD_TYPE[kind], id),
  counterparty: ({ counterpartyId }, _args, ctx) => (counterpartyId === null ? null : ctx.loaders.counterparties.byId.load(counterpartyId)),
  settlements: ({ counterpartyId }) => (counterpartyId === null ? null : { counterpartyId }),
  order: ({ kind, id }, _args, ctx) => (kind === 'SHIPMENT' || kind === 'PAYMENT' ? ctx.loaders.orders.byId.load(id) : null),
  contact: ({ kind, id }, _args, ctx) => (kind === 'CONTACT' ? ctx.loaders.chronicle.byId.load(id) : null),
  task: ({ kind, id }, _args, ctx) => (kind === 'TASK' ? ctx.loaders.tasks.byId.load(id) : null),
  serviceVisit: ({ kind, id }, _args, ctx) => (kind === 'SERVICE_VISIT' ? ctx.loaders.serviceCards.visitById.load(id) : null),
  appeal: ({ kind, id }, _args, ctx) => (kind === 'APPEAL' ? ctx.loaders.appeals.byId.load(id) : null),
  claim: ({ kind, id }, _args, ctx) => (kind === 'CLAIM' ? ctx.loaders.claims.byId.load(id) : null),
};
