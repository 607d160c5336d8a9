import type { QueryResolvers } from './../../../types.generated.js';

export const appeals: NonNullable<QueryResolvers['appeals']> = (_parent, { statuses, ...page }, { reads }) => reads.appeals(statuses, page);
