import type { QueryResolvers } from './../../../types.generated.js';
import { summary } from '../../../../src/modules/work-time/work-time.service.js';

export const workTimeSummary: NonNullable<QueryResolvers['workTimeSummary']> = (_parent, args, ctx) => summary(ctx, args);
