import type { CounterpartyResolvers } from './../../types.generated.js';
import { counterpartyAgreements } from '../../../src/modules/agreements/agreements.service.js';

export const Counterparty: Pick<CounterpartyResolvers, 'agreements'|'__isTypeOf'> = {
  agreements: ({ id }, _args, ctx) => counterpartyAgreements(ctx, id),
};
