import type { ObligationResolvers } from './../../types.generated.js';
import { today } from '../../../../src/lib/dates.js';
import { toGlobalId } from '../../../../src/lib/global-id.js';
import { isOverdue } from '../../../../src/modules/obligations/obligation-status.js';

export const Obligation: ObligationResolvers = {
  id: ({ id }) => toGlobalId('Obligation', id),
  overdue: (row, _args, ctx) => isOverdue(row, today(ctx.timeZone)),
  fulfilments: ({ id }, _args, { reads }) => reads.load.obligationFulfilments.load(id),
};
