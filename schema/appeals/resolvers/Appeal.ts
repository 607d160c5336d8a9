import type { AppealResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';
import { isOverdue } from '../../../src/modules/appeals/appeals.service.js';

export const Appeal: Pick<AppealResolvers, 'actions'|'article'|'callerName'|'callerPhone'|'channel'|'counterparty'|'createdAt'|'department'|'dueAt'|'externalId'|'id'|'importance'|'number'|'overdue'|'registeredVia'|'remindAt'|'resolution'|'resolvedAt'|'responsibleEmployee'|'status'|'subject'|'text'|'type'|'updatedAt'|'version'|'__isTypeOf'> = {
  id: ({ id }) => toGlobalId('Appeal', id),
  counterparty: ({ counterpartyId }, _args, ctx) => (counterpartyId === null ? null : ctx.loaders.counterparties.byId.load(counterpartyId)),
  type: ({ typeId }, _args, ctx) => (typeId === null ? null : ctx.loaders.appeals.types.byId.load(typeId)),
  department: ({ departmentId }, _args, ctx) => (departmentId === null ? null : ctx.loaders.catalogues.departmentById.load(departmentId)),
  responsibleEmployee: ({ responsibleEmployeeId }, _args, ctx) =>
    (responsibleEmployeeId === null ? null : ctx.loaders.catalogues.employeeById.load(responsibleEmployeeId)),
  overdue: (appeal) => isOverdue(appeal),
  actions: ({ id }, _args, ctx) => ctx.loaders.appeals.actionsByAppealId.load(id),
  article: ({ articleId }, _args, ctx) => (articleId === null ? null : ctx.loaders.appeals.articleById.load(articleId)),
};
