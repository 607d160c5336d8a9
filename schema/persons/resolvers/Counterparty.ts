import type { CounterpartyResolvers } from './../../types.generated';
import { selectionOf } from '../../../src/lib/selection';
import { counterpartyPersons } from '../../../src/modules/persons/persons.service';

export const Counterparty: Pick<CounterpartyResolvers, 'persons'|'__isTypeOf'> = {
  persons: ({ id }, { includeFormer }, ctx, info) => counterpartyPersons(ctx, id, includeFormer ?? false, selectionOf(info, [])),
};
