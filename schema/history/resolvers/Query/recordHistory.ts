import type { QueryResolvers } from './../../../types.generated.js';
import { listRecordHistory } from '../../../../src/modules/history/history.service.js';

export const recordHistory: NonNullable<QueryResolvers['recordHistory']> = (_parent, { where, ...page }, ctx) => listRecordHistory(ctx, where, page);
