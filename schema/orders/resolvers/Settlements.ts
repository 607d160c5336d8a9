import type { SettlementsResolvers } from './../../types.generated.js';
import { settlementHistory, settlementTotals } from '../../../src/modules/orders/orders.service.js';

export const Settlements: SettlementsResolvers = {
  receivable: async ({ counterpartyId }, _args, ctx) => (await settlementTotals(ctx, counterpartyId)).receivable,
  overdue: async ({ counterpartyId }, _args, ctx) => (await settlementTotals(ctx, counterpartyId)).overdue,
  history: ({ counterpartyId }, _args, ctx) => settlementHistory(ctx, counterpartyId),
};
