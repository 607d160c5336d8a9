import type { QueryResolvers } from './../../../types.generated.js';
import { sourceAnalysis as analysis } from '../../../../src/modules/reports/source-analysis.js';

export const sourceAnalysis: NonNullable<QueryResolvers['sourceAnalysis']> = (_parent, args, ctx) => analysis(ctx, args);
