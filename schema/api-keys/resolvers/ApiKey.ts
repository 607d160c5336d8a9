import type { ApiKeyResolvers } from './../../types.generated.js';

export const ApiKey: ApiKeyResolvers = {
  number: ({ id }) => id,
  counterparty: ({ counterpartyId }, _args, ctx) => (counterpartyId === null ? null : ctx.loaders.counterparties.byId.load(counterpartyId)),
  person: ({ personId }, _args, ctx) => (personId === null ? null : ctx.loaders.persons.byId.load(personId)),
};
