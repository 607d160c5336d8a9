import type { QueryResolvers } from './../../../types.generated.js';

export const obligations: NonNullable<QueryResolvers['obligations']> = (_parent, { open, ...page }, { reads }) => reads.obligations(open, page);
