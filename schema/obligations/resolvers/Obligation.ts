import type { ObligationResolvers } from './../../types.generated';
import { toGlobalId } from '../../../src/lib/global-id';
import { referenced } from '../../../src/lib/loader';
import { today } from '../../../src/lib/dates';
import { subtract } from '../../../src/lib/money';
import { isOverdue } from '../../../src/modules/obligations/obligation-status';

export const Obligation: Pick<ObligationResolvers, 'amount'|'counterparty'|'createdAt'|'currency'|'debtor'|'description'|'dueDate'|'externalId'|'fulfilledAmount'|'id'|'kind'|'outstandingAmount'|'overdue'|'status'|'updatedAt'|'version'|'__isTypeOf'> = {
  id: ({ id }) => toGlobalId('Obligation', id),
  counterparty: async (row, _args, ctx) => (await referenced(row, 'counterparty', () => ctx.loaders.counterpartyById.load(row.counterpartyId)))!,
  outstandingAmount: ({ amount, fulfilledAmount }) => (amount === null ? null : subtract(amount, fulfilledAmount)),
  overdue: (row) => isOverdue(row, today()),
};
