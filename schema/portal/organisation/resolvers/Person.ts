import type { PersonResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../../src/lib/global-id.js';
import { fullName } from '../../../../src/modules/persons/person-rules.js';

export const Person: PersonResolvers = {
  id: ({ id }) => toGlobalId('Person', id),
  fullName: (person) => fullName(person),
  // The partner's reads hold only positions at the partner's organisation.
  positions: ({ id }, _args, { reads }) => reads.load.positionsByPerson.load(id),
};
