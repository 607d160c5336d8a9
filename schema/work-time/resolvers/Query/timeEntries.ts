import type { QueryResolvers } from './../../../types.generated.js';
import { listEntries } from '../../../../src/modules/work-time/work-time.service.js';

export const timeEntries: NonNullable<QueryResolvers['timeEntries']> = (_parent, { where, ...page }, ctx) => listEntries(ctx, where, page);
