import type { CounterpartyResolvers } from './../../types.generated.js';
import { selectionOf } from '../../../src/lib/selection.js';
import { counterpartyChronicle } from '../../../src/modules/chronicle/chronicle.service.js';

export const Counterparty: Pick<CounterpartyResolvers, 'chronicle'|'__isTypeOf'> = {
  chronicle: ({ id }, args, ctx, info) => counterpartyChronicle(ctx, id, args, selectionOf(info, ['edges', 'node'])),
};
