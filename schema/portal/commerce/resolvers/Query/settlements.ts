import type { QueryResolvers } from './../../../types.generated.js';

export const settlements: NonNullable<QueryResolvers['settlements']> = (_parent, _args, { reads }) => reads.settlements();
