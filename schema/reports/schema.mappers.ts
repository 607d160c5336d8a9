import type { SourceAnalysisRow } from '../../src/modules/reports/source-analysis.js';
import type { WorkHistory } from '../../src/modules/reports/work-history.js';

export type SourceAnalysisRowMapper = SourceAnalysisRow;
export type WorkHistoryMapper = WorkHistory;
