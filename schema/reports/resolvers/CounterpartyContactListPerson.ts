import type { CounterpartyContactListPersonResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';
import { fullName } from '../../../src/modules/persons/person-rules.js';

export const CounterpartyContactListPerson: CounterpartyContactListPersonResolvers = {
  id: ({ id }) => toGlobalId('Person', id),
  fullName: (person) => fullName(person),
};
