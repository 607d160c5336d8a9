import type { CounterpartyResolvers } from './../../types.generated';
import { counterpartyObligations } from '../../../src/modules/obligations/obligations.service';

export const Counterparty: Pick<CounterpartyResolvers, 'obligations'|'__isTypeOf'> = {
  obligations: ({ id }, { where }, ctx) => counterpartyObligations(ctx, id, where),
};
