import type { ContactCardResolvers } from './../../types.generated.js';

export const ContactCard: Pick<ContactCardResolvers, 'deals'|'__isTypeOf'> = {
  deals: ({ id }, _args, ctx) => ctx.loaders.deals.byContactCardId.load(id),
};
