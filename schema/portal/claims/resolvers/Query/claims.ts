import type { QueryResolvers } from './../../../types.generated.js';

export const claims: NonNullable<QueryResolvers['claims']> = (_parent, { statuses, ...page }, { reads }) => reads.claims(statuses, page);
