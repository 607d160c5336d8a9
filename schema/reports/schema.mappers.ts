import type { SourceAnalysisRow } from '../../src/modules/reports/source-analysis.js';
import type { WorkHistory } from '../../src/modules/reports/work-history.js';

export type SourceAnalysisRowMapper = SourceAnalysisRow;
export type WorkHistoryMapper = WorkHistory;

// ---- Contacts over a period ----
import type { ContactsGroup } from '../../src/modules/reports/contacts-report.repository.js';

export type ContactsReportRowMapper = ContactsGroup;
// ---- End of the contacts report ----

// ---- Manager performance ----
import type { ManagerPerformance } from '../../src/modules/reports/manager-performance.repository.js';

export type ManagerPerformanceRowMapper = ManagerPerformance;
// ---- End of manager performance ----

// ---- The contact list ----
import type { Connection } from '../../src/lib/connection.js';
import type { ContactListEntry, ContactListPerson } from '../../src/modules/reports/counterparty-contact-list.repository.js';

export type CounterpartyContactListConnectionMapper = Connection<ContactListEntry>;
export type CounterpartyContactListEntryMapper = ContactListEntry;
export type CounterpartyContactListPersonMapper = ContactListPerson;
// ---- End of the contact list ----
