import type { CounterpartyResolvers } from './../../types.generated';
import { counterpartyChronicle } from '../../../src/modules/chronicle/chronicle.service';

export const Counterparty: Pick<CounterpartyResolvers, 'chronicle'|'__isTypeOf'> = {
  chronicle: ({ id }, args, ctx) => counterpartyChronicle(ctx, id, args),
};
