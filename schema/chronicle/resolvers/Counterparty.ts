import type { CounterpartyResolvers } from './../../types.generated';
import { selectedFieldNames } from '../../../src/lib/selection';
import { counterpartyChronicle } from '../../../src/modules/chronicle/chronicle.service';

export const Counterparty: Pick<CounterpartyResolvers, 'chronicle'|'__isTypeOf'> = {
  chronicle: ({ id }, args, ctx, info) => counterpartyChronicle(ctx, id, args, selectedFieldNames(info, ['edges', 'node'])),
};
