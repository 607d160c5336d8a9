import type { CounterpartyResolvers } from './../../types.generated.js';
import { counterpartyWorkHistory } from '../../../src/modules/reports/work-history.js';

export const Counterparty: Pick<CounterpartyResolvers, 'workHistory'|'__isTypeOf'> = {
  workHistory: ({ id }, args, ctx) => counterpartyWorkHistory(ctx, id, args),
};
