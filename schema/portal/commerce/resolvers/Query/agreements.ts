import type { QueryResolvers } from './../../../types.generated.js';

export const agreements: NonNullable<QueryResolvers['agreements']> = (_parent, _args, { reads }) => reads.agreements();
