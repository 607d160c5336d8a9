import type { ClaimResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';
import { selectionOf } from '../../../src/lib/selection.js';
import { claimChronicle } from '../../../src/modules/chronicle/chronicle.service.js';
import { isOverdue } from '../../../src/modules/claims/claims.service.js';

export const Claim: Pick<ClaimResolvers, 'amountClaimed'|'amountGranted'|'cause'|'chronicle'|'closedAt'|'contract'|'counterparty'|'createdAt'|'currency'|'demand'|'departmentAtFault'|'dueAt'|'employeeAtFault'|'essence'|'externalId'|'id'|'number'|'order'|'overdue'|'person'|'product'|'registeredAt'|'registeredVia'|'responsibleEmployee'|'result'|'status'|'updatedAt'|'version'|'__isTypeOf'> = {
  id: ({ id }) => toGlobalId('Claim', id),
  counterparty: async ({ counterpartyId }, _args, ctx) => (await ctx.loaders.counterparties.byId.load(counterpartyId))!,
  person: ({ personId }, _args, ctx) => (personId === null ? null : ctx.loaders.persons.byId.load(personId)),
  departmentAtFault: ({ departmentAtFaultId }, _args, ctx) => (departmentAtFaultId === null ? null : ctx.loaders.catalogues.departmentById.load(departmentAtFaultId)),
  employeeAtFault: ({ employeeAtFaultId }, _args, ctx) => (employeeAtFaultId === null ? null : ctx.loaders.catalogues.employeeById.load(employeeAtFaultId)),
  cause: ({ causeId }, _args, ctx) => (causeId === null ? null : ctx.loaders.claims.causes.byId.load(causeId)),
  order: ({ orderId }, _args, ctx) => (orderId === null ? null : ctx.loaders.orders.byId.load(orderId)),
  contract: ({ contractId }, _args, ctx) => (contractId === null ? null : ctx.loaders.contracts.byId.load(contractId)),
  product: ({ productId }, _args, ctx) => (productId === null ? null : ctx.loaders.products.byId.load(productId)),
  responsibleEmployee: ({ responsibleEmployeeId }, _args, ctx) =>
    (responsibleEmployeeId === null ? null : ctx.loaders.catalogues.employeeById.load(responsibleEmployeeId)),
  overdue: (claim) => isOverdue(claim),
  chronicle: ({ id }, args, ctx, info) => claimChronicle(ctx, id, args, selectionOf(info, ['edges', 'node'])),
};
