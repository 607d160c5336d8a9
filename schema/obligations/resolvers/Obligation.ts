import type { ObligationResolvers } from './../../types.generated';
import { toGlobalId } from '../../../src/lib/global-id';
import { today } from '../../../src/lib/dates';
import { isOverdue, subtract } from '../../../src/modules/obligations/amounts';

export const Obligation: ObligationResolvers = {
  id: ({ id }) => toGlobalId('Obligation', id),
  counterparty: async ({ counterpartyId }, _args, ctx) => (await ctx.loaders.counterpartyById.load(counterpartyId))!,
  outstandingAmount: ({ amount, fulfilledAmount }) => (amount === null ? null : subtract(amount, fulfilledAmount)),
  overdue: (row) => isOverdue(row, today()),
};
