import type { SourceAnalysisRow } from '../../src/modules/reports/source-analysis.js';
import type { WorkHistory } from '../../src/modules/reports/work-history.js';

export type SourceAnalysisRowMapper = SourceAnalysisRow;
export type WorkHistoryMapper = WorkHistory;

// ---- Contacts over a period ----
import type { ContactsGroup } from '../../src/modules/reports/contacts-report.repository.js';

export type ContactsReportRowMapper = ContactsGroup;
// ---- End of the contacts report ----
