import type { QueryResolvers } from './../../../types.generated.js';

export const me: NonNullable<QueryResolvers['me']> = (_parent, _args, { partner, reads }) =>
  (partner.personId === null ? null : reads.load.person.load(partner.personId));
