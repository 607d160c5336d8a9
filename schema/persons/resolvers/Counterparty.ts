import type { CounterpartyResolvers } from './../../types.generated.js';
import { selectionOf } from '../../../src/lib/selection.js';
import { counterpartyPersons } from '../../../src/modules/persons/persons.service.js';

export const Counterparty: Pick<CounterpartyResolvers, 'persons'|'__isTypeOf'> = {
  persons: ({ id }, { includeFormer }, ctx, info) => counterpartyPersons(ctx, id, includeFormer ?? false, selectionOf(info, [])),
};
