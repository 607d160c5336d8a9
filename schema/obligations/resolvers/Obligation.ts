import type { ObligationResolvers } from './../../types.generated';
import { toGlobalId } from '../../../src/lib/global-id';
import { referenceResolver } from '../../../src/lib/loader';
import type { Context } from '../../../src/context';
import type { ObligationMapper } from '../schema.mappers';
import { today } from '../../../src/lib/dates';
import { subtract } from '../../../src/lib/money';
import { isOverdue } from '../../../src/modules/obligations/obligation-status';

export const Obligation: Pick<ObligationResolvers, 'amount'|'counterparty'|'createdAt'|'currency'|'debtor'|'description'|'dueDate'|'externalId'|'fulfilledAmount'|'id'|'kind'|'outstandingAmount'|'overdue'|'status'|'updatedAt'|'version'|'__isTypeOf'> = {
  id: ({ id }) => toGlobalId('Obligation', id),
  counterparty: referenceResolver('counterparty', async (row: ObligationMapper, ctx: Context) => (await ctx.loaders.counterpartyById.load(row.counterpartyId))!),
  outstandingAmount: ({ amount, fulfilledAmount }) => (amount === null ? null : subtract(amount, fulfilledAmount)),
  overdue: (row) => isOverdue(row, today()),
};
