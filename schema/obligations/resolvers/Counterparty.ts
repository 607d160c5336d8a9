import type { CounterpartyResolvers } from './../../types.generated';
import { selectionOf } from '../../../src/lib/selection';
import { counterpartyObligations } from '../../../src/modules/obligations/obligations.service';

export const Counterparty: Pick<CounterpartyResolvers, 'obligations'|'__isTypeOf'> = {
  obligations: ({ id }, { where }, ctx, info) => counterpartyObligations(ctx, id, where, selectionOf(info, [])),
};
