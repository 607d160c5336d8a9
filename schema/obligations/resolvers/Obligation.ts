import type { ObligationResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';
import { referenceResolver } from '../../../src/lib/loader.js';
import type { Context } from '../../../src/context.js';
import type { ObligationMapper } from '../schema.mappers.js';
import { today } from '../../../src/lib/dates.js';
import { subtract } from '../../../src/lib/money.js';
import { isOverdue } from '../../../src/modules/obligations/obligation-status.js';
import { obligationFulfilments } from '../../../src/modules/obligations/obligations.service.js';

export const Obligation: Pick<ObligationResolvers, 'amount'|'counterparty'|'createdAt'|'currency'|'debtor'|'description'|'dueDate'|'externalId'|'fulfilledAmount'|'fulfilments'|'id'|'kind'|'outstandingAmount'|'overdue'|'status'|'updatedAt'|'version'|'__isTypeOf'> = {
  id: ({ id }) => toGlobalId('Obligation', id),
  counterparty: referenceResolver('counterparty', async (row: ObligationMapper, ctx: Context) => (await ctx.loaders.counterparties.byId.load(row.counterpartyId))!),
  outstandingAmount: ({ amount, fulfilledAmount }) => (amount === null ? null : subtract(amount, fulfilledAmount)),
  overdue: (row, _args, ctx) => isOverdue(row, today(ctx.timeZone)),
  fulfilments: ({ id }, _args, ctx) => obligationFulfilments(ctx, id),
};
