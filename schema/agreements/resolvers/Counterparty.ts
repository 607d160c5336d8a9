import type { CounterpartyResolvers } from './../../types.generated';
import { counterpartyAgreements } from '../../../src/modules/agreements/agreements.service';

export const Counterparty: Pick<CounterpartyResolvers, 'agreements'|'__isTypeOf'> = {
  agreements: ({ id }, _args, ctx) => counterpartyAgreements(ctx, id),
};
