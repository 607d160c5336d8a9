import type { QueryResolvers } from './../../../types.generated.js';

export const workHistory: NonNullable<QueryResolvers['workHistory']> = (_parent, args, { reads }) => reads.workHistory(args);
