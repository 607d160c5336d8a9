import type { QueryResolvers } from './../../../types.generated.js';

export const contracts: NonNullable<QueryResolvers['contracts']> = (_parent, page, { reads }) => reads.contracts(page);
