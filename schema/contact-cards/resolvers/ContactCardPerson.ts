import type { ContactCardPersonResolvers } from './../../types.generated.js';

export const ContactCardPerson: ContactCardPersonResolvers = {
  person: async ({ personId }, _args, ctx) => (await ctx.loaders.persons.byId.load(personId))!,
};
