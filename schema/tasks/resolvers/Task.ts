import type { TaskResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';
import { isOverdue } from '../../../src/modules/tasks/tasks.service.js';

export const Task: Pick<TaskResolvers, 'appeal'|'assignees'|'claim'|'closedAt'|'contactCard'|'counterparty'|'createdAt'|'deal'|'description'|'dueAt'|'externalId'|'id'|'importance'|'overdue'|'remindAt'|'result'|'status'|'title'|'updatedAt'|'version'|'__isTypeOf'> = {
  id: ({ id }) => toGlobalId('Task', id),
  overdue: (task, _args, ctx) => isOverdue(task, ctx.timeZone),
  assignees: ({ id }, _args, ctx) => ctx.loaders.tasks.assigneesByTaskId.load(id),
  counterparty: ({ counterpartyId }, _args, ctx) => (counterpartyId === null ? null : ctx.loaders.counterparties.byId.load(counterpartyId)),
  claim: ({ claimId }, _args, ctx) => (claimId === null ? null : ctx.loaders.claims.byId.load(claimId)),
  appeal: ({ appealId }, _args, ctx) => (appealId === null ? null : ctx.loaders.appeals.byId.load(appealId)),
  deal: ({ dealId }, _args, ctx) => (dealId === null ? null : ctx.loaders.deals.byId.load(dealId)),
  contactCard: ({ contactCardId }, _args, ctx) => (contactCardId === null ? null : ctx.loaders.contactCards.byId.load(contactCardId)),
};
