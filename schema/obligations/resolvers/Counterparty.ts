import type { CounterpartyResolvers } from './../../types.generated';
import { selectedFieldNames } from '../../../src/lib/selection';
import { counterpartyObligations } from '../../../src/modules/obligations/obligations.service';

export const Counterparty: Pick<CounterpartyResolvers, 'obligations'|'__isTypeOf'> = {
  obligations: ({ id }, { where }, ctx, info) => counterpartyObligations(ctx, id, where, selectedFieldNames(info, [])),
};
