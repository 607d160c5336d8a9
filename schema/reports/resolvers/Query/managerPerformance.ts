import type { QueryResolvers } from './../../../types.generated.js';
import { managerPerformance as run } from '../../../../src/modules/reports/manager-performance.service.js';

export const managerPerformance: NonNullable<QueryResolvers['managerPerformance']> = (_parent, args, ctx) => run(ctx, args);
