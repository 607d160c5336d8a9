import type { Connection } from '../../src/lib/connection.js';
import type { ContactsGroup } from '../../src/modules/reports/contacts-report.repository.js';
import type { ContactListEntry, ContactListPerson } from '../../src/modules/reports/counterparty-contact-list.repository.js';
import type { ManagerPerformance } from '../../src/modules/reports/manager-performance.repository.js';
import type { SourceAnalysisRow } from '../../src/modules/reports/source-analysis.js';
import type { WorkHistory } from '../../src/modules/reports/work-history.js';

export type SourceAnalysisRowMapper = SourceAnalysisRow;
export type WorkHistoryMapper = WorkHistory;
export type ContactsReportRowMapper = ContactsGroup;
export type ManagerPerformanceRowMapper = ManagerPerformance;
export type CounterpartyContactListConnectionMapper = Connection<ContactListEntry>;
export type CounterpartyContactListEntryMapper = ContactListEntry;
export type CounterpartyContactListPersonMapper = ContactListPerson;
