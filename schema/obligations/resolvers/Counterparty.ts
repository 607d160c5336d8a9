import type { CounterpartyResolvers } from './../../types.generated.js';
import { selectionOf } from '../../../src/lib/selection.js';
import { counterpartyObligations } from '../../../src/modules/obligations/obligations.service.js';

export const Counterparty: Pick<CounterpartyResolvers, 'obligations'|'__isTypeOf'> = {
  obligations: ({ id }, { where }, ctx, info) => counterpartyObligations(ctx, id, where, selectionOf(info, [])),
};
