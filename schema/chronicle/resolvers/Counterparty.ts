import type { CounterpartyResolvers } from './../../types.generated';
import { selectionOf } from '../../../src/lib/selection';
import { counterpartyChronicle } from '../../../src/modules/chronicle/chronicle.service';

export const Counterparty: Pick<CounterpartyResolvers, 'chronicle'|'__isTypeOf'> = {
  chronicle: ({ id }, args, ctx, info) => counterpartyChronicle(ctx, id, args, selectionOf(info, ['edges', 'node'])),
};
