import type { ContactCardConnectionResolvers } from './../../types.generated.js';

export const ContactCardConnection: ContactCardConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
