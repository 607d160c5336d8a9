import type { QueryResolvers } from './../../../types.generated.js';
import { workHistoryOf } from '../../../../src/modules/reports/work-history.js';

export const counterpartyWorkHistory: NonNullable<QueryResolvers['counterpartyWorkHistory']> = (_parent, args, ctx) => workHistoryOf(ctx, args);
