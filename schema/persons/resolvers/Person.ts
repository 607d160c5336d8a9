import type { PersonResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';
import { fullName } from '../../../src/modules/persons/person-rules.js';
import { currentCounterparties } from '../../../src/modules/persons/persons.service.js';

export const Person: Pick<PersonResolvers, 'archived'|'archivedAt'|'birthday'|'counterparties'|'createdAt'|'emails'|'externalId'|'firstName'|'fullName'|'id'|'importantDates'|'lastName'|'middleName'|'notes'|'phones'|'positions'|'updatedAt'|'version'|'__isTypeOf'> = {
  id: ({ id }) => toGlobalId('Person', id),
  fullName: (person) => fullName(person),
  archived: ({ archivedAt }) => archivedAt !== null,
  positions: ({ id }, _args, ctx) => ctx.loaders.persons.positionsByPersonId.load(id),
  counterparties: (person, _args, ctx) => currentCounterparties(ctx, person),
};
