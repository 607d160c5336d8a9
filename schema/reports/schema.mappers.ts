import type { SourceAnalysisRow } from '../../src/modules/reports/source-analysis.js';

export type SourceAnalysisRowMapper = SourceAnalysisRow;
