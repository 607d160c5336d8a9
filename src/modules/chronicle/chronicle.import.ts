import type { ChronicleEntryImportRow } from '../../../schema/types.generated.js';
import type { Database } from '../../db/client.js';
import { chronicleEntries, type ChronicleEntryRow } from '../../db/schema/index.js';
import type { InputErrors } from '../../lib/user-errors.js';
import type { Importer, ImportMode, PendingRow } from '../imports/import-runner.js';
import { givenKeys, resolvedKey } from '../imports/natural-keys.js';
import { employeesByEmail } from '../catalogues/catalogues.repository.js';
import { upsertRecords, writtenRows } from '../imports/record-upsert.js';
import { publishChanges } from '../events/change-feed.js';
import { entryChange } from '../events/topics.js';
import * as counterpartiesRepository from '../counterparties/counterparties.repository.js';
import * as personsRepository from '../persons/persons.repository.js';
import * as repository from './chronicle.repository.js';
import { checkResponsible, checkTimes, entryFieldValues, personNotAtCounterparty, requirePlanned } from './chronicle.service.js';

type EntryValues = Partial<typeof chronicleEntries.$inferInsert>;
type Row = PendingRow<ChronicleEntryImportRow, EntryValues>;

/**
 * `importChronicleEntries`: the fields are checked by the same rules as createChronicleEntry and
 * updateChronicleEntry; the counterparty and the person are named by `externalId`, the
 * responsible employee by e-mail. Nothing defaults to the time of the call: a DONE entry needs
 * `happenedAt`, so a re-run of the same rows finds them UNCHANGED.
 */
export const chronicleEntryImporter: Importer<ChronicleEntryImportRow, EntryValues> = {
  operation: 'importChronicleEntries',
  typeName: 'ChronicleEntry',
  check: (row, errors) => {
    const values = entryFieldValues(row, errors, false);
    if (!values.externalId) errors.add(['externalId'], 'REQUIRED', 'externalId is required: rows are matched by it.');
    values.status = errors.notNull(['status'], row.status);
    if (row.plannedAt !== undefined) values.plannedAt = row.plannedAt;
    if (row.happenedAt !== undefined) values.happenedAt = row.happenedAt;
    if (row.counterpartyExternalId !== undefined && !row.counterpartyExternalId?.trim()) {
      errors.add(['counterpartyExternalId'], 'REQUIRED', 'counterpartyExternalId cannot be cleared: every entry is about a counterparty.');
    }
    return values;
  },
  write: writeEntries,
};

async function writeEntries(tx: Database, rows: Row[], mode: ImportMode): Promise<void> {
  const input = rows.map((row) => row.row);
  const [stored, counterpartyIds, personIds, employees] = await Promise.all([
    repository.lockedByExternalIds(tx, rows.map((row) => row.key)),
    counterpartiesRepository.idsByExternalIds(tx, givenKeys(input, (row) => row.counterpartyExternalId)),
    personsRepository.idsByExternalIds(tx, givenKeys(input, (row) => row.personExternalId)),
    employeesByEmail(tx, givenKeys(input, (row) => row.responsibleEmployeeEmail)),
  ]);
  const storedByKey = new Map(stored.map((row) => [row.externalId!, row]));
  const employeeIds = new Map([...employees].map(([email, employee]) => [email, employee.id]));

  const values = new Map<Row, EntryValues>();
  // Contact persons to check against the entry's counterparty, in one statement for the chunk.
  const personChecks: { row: Row; personId: number; counterpartyId: number }[] = [];
  for (const row of rows) {
    const { errors, row: given } = row;
    const current = storedByKey.get(row.key);
    const entry: EntryValues = { ...row.checked };
    const counterpartyId = resolvedKey(errors, ['counterpartyExternalId'], given.counterpartyExternalId, counterpartyIds, 'counterparty with the externalId');
    const personId = resolvedKey(errors, ['personExternalId'], given.personExternalId, personIds, 'person with the externalId');
    const employeeId = resolvedKey(errors, ['responsibleEmployeeEmail'], given.responsibleEmployeeEmail, employeeIds, 'employee with the e-mail');
    if (employeeId != null) {
      checkResponsible(errors, ['responsibleEmployeeEmail'], employees.get(given.responsibleEmployeeEmail!.trim())!, current);
    }
    if (counterpartyId != null) {
      if (current && current.counterpartyId !== counterpartyId) {
        errors.add(['counterpartyExternalId'], 'INVALID_STATE', 'An entry stays with its counterparty; this one is about another counterparty.');
      }
      entry.counterpartyId = counterpartyId;
    }
    if (personId !== undefined) entry.personId = personId;
    if (employeeId !== undefined) entry.responsibleEmployeeId = employeeId;
    checkStatus(errors, entry, current);
    const entryCounterparty = counterpartyId ?? current?.counterpartyId;
    if (personId != null && entryCounterparty != null && personId !== current?.personId) {
      personChecks.push({ row, personId, counterpartyId: entryCounterparty });
    }
    values.set(row, entry);
  }
  await checkPersons(tx, personChecks);

  await upsertRecords(tx, rows, mode, {
    table: chronicleEntries,
    keyColumn: 'external_id',
    stored: storedByKey,
    values: (row) => values.get(row)!,
    newRecord: (row, entry) => {
      if (entry.counterpartyId == null) row.errors.add(['counterpartyExternalId'], 'REQUIRED', 'counterpartyExternalId is required for a new entry.');
      if (!entry.kind) row.errors.add(['kind'], 'REQUIRED', 'kind is required for a new entry.');
      if (!entry.subject) row.errors.add(['subject'], 'REQUIRED', 'subject is required for a new entry.');
      if (row.errors.any) return null;
      return { importance: 'NORMAL', ...entry };
    },
  });
  await publishChanges(tx, ...writtenRows(rows).map(({ row, id, kind }) =>
    entryChange(kind, { id, counterpartyId: values.get(row)?.counterpartyId ?? storedByKey.get(row.key)?.counterpartyId ?? null })));
}

/**
 * The status rules of createChronicleEntry, completeChronicleEntry and cancelChronicleEntry on
 * the entry as it will be: a new entry is DONE unless it says otherwise, a stored one changes
 * status only from PLANNED, and the times fit the status. No time defaults to now.
 */
function checkStatus(errors: InputErrors, entry: EntryValues, current: ChronicleEntryRow | undefined): void {
  if (!current) entry.status ??= 'DONE';
  else if (entry.status !== undefined && entry.status !== current.status && current.status !== 'PLANNED') {
    requirePlanned(errors, current, 'given another status', ['status']);
    return;
  }
  const status = entry.status ?? current!.status;
  const plannedAt = entry.plannedAt !== undefined ? entry.plannedAt : current?.plannedAt ?? null;
  const happenedAt = entry.happenedAt !== undefined ? entry.happenedAt : current?.happenedAt ?? null;
  checkTimes(errors, status, plannedAt, happenedAt);
}

/** Fails the rows whose contact person never held a position at the entry's counterparty. */
async function checkPersons(tx: Database, checks: { row: Row; personId: number; counterpartyId: number }[]): Promise<void> {
  const holds = await personsRepository.positionsHeld(tx, checks);
  for (const check of checks) {
    if (!holds(check.personId, check.counterpartyId)) personNotAtCounterparty(check.row.errors, ['personExternalId']);
  }
}
