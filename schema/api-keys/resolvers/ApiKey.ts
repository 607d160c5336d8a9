import type { ApiKeyResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';

export const ApiKey: ApiKeyResolvers = {
  id: ({ id }) => toGlobalId('ApiKey', id),
  number: ({ id }) => id,
  employee: ({ employeeId }, _args, ctx) => (employeeId === null ? null : ctx.loaders.catalogues.employeeById.load(employeeId)),
  counterparty: ({ counterpartyId }, _args, ctx) => (counterpartyId === null ? null : ctx.loaders.counterparties.byId.load(counterpartyId)),
  person: ({ personId }, _args, ctx) => (personId === null ? null : ctx.loaders.persons.byId.load(personId)),
};
