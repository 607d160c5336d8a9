import type { AppealImportRow } from '../../../schema/types.generated.js';
import type { Database } from '../../db/client.js';
import { insertRows } from '../../db/bulk.js';
import { appealActions, appeals } from '../../db/schema/index.js';
import * as cataloguesRepository from '../catalogues/catalogues.repository.js';
import * as counterpartiesRepository from '../counterparties/counterparties.repository.js';
import { normalisedFolderPath } from '../folders/folders.service.js';
import type { Importer, ImportMode, PendingRow } from '../imports/import-runner.js';
import { givenKeys, resolvedEmployee, resolvedKey } from '../imports/natural-keys.js';
import { upsertRecords, writtenRows } from '../imports/record-upsert.js';
import { publishChanges } from '../events/change-feed.js';
import { appealChange } from '../events/topics.js';
import * as repository from './appeals.repository.js';
import { appealFieldValues } from './appeals.service.js';

type Checked = Partial<repository.AppealInsert>;
type Row = PendingRow<AppealImportRow, Checked>;

const typePath = (path: string) => normalisedFolderPath(path) ?? '';

/**
 * `importAppeals`: an appeal's fields checked by the same rules as registerAppeal and
 * updateAppeal; the counterparty is named by `externalId`, the type by its path, the department by
 * name, the responsible employee by e-mail. A new appeal may come in any status (history being
 * loaded), gets its number and its REGISTERED action; a stored one changes status only through
 * changeAppealStatus, so a row that would move it fails.
 */
export const appealImporter: Importer<AppealImportRow, Checked> = {
  operation: 'importAppeals',
  typeName: 'Appeal',
  check: (row, errors) => {
    const values = appealFieldValues(errors, row, false);
    if (!values.externalId) errors.add(['externalId'], 'REQUIRED', 'externalId is required: rows are matched by it.');
    values.status = errors.notNull(['status'], row.status);
    if (row.resolution !== undefined) values.resolution = errors.text(['resolution'], row.resolution, { max: 10_000 });
    return values;
  },
  write: writeAppeals,
};

async function writeAppeals(tx: Database, rows: Row[], mode: ImportMode): Promise<void> {
  const input = rows.map((row) => row.row);
  const [stored, counterpartyIds, types, departments, employees] = await Promise.all([
    repository.lockedByExternalIds(tx, rows.map((row) => row.key)),
    counterpartiesRepository.idsByExternalIds(tx, givenKeys(input, (row) => row.counterpartyExternalId)),
    repository.types.idsByPaths(tx, givenKeys(input, (row) => row.typePath, typePath)),
    cataloguesRepository.departmentsByName(tx, givenKeys(input, (row) => row.departmentName)),
    cataloguesRepository.employeesByEmail(tx, givenKeys(input, (row) => row.responsibleEmployeeEmail)),
  ]);
  const storedByKey = new Map(stored.map((appeal) => [appeal.externalId!, appeal]));

  for (const row of rows) {
    const { errors, row: given, checked } = row;
    const current = storedByKey.get(row.key);
    const counterpartyId = resolvedKey(errors, ['counterpartyExternalId'], given.counterpartyExternalId, counterpartyIds, 'counterparty with the externalId');
    if (counterpartyId !== undefined) checked.counterpartyId = counterpartyId;
    const typeId = resolvedKey(errors, ['typePath'], given.typePath, types, 'appeal type at the path', typePath);
    if (typeId !== undefined) checked.typeId = typeId;
    const departmentId = resolvedKey(errors, ['departmentName'], given.departmentName, departments, 'department named');
    if (departmentId !== undefined) checked.departmentId = departmentId;
    const employeeId = resolvedEmployee(errors, ['responsibleEmployeeEmail'], given.responsibleEmployeeEmail, employees);
    if (employeeId !== undefined) checked.responsibleEmployeeId = employeeId;
    if (current && checked.status !== undefined && checked.status !== current.status) {
      errors.add(['status'], 'INVALID_STATE', `The appeal is ${current.status}; change a stored appeal's status with changeAppealStatus.`);
    }
  }

  await upsertRecords(tx, rows, mode, {
    table: appeals,
    keyColumn: 'external_id',
    stored: storedByKey,
    values: (row) => row.checked,
    newRecord: (row, values) => {
      if (!values.subject) row.errors.add(['subject'], 'REQUIRED', 'subject is required for a new appeal.');
      if (!values.channel) row.errors.add(['channel'], 'REQUIRED', 'channel is required for a new appeal.');
      if (row.errors.any) return null;
      // Every column a new appeal needs, as registerAppeal defaults it: rows of one chunk are written together.
      return { importance: 'NORMAL', status: 'NEW', ...values, resolvedAt: values.status === 'RESOLVED' || values.status === 'CLOSED' ? new Date() : null };
    },
  });
  // A new appeal's chronicle starts with its registration, as registerAppeal's does.
  await insertRows(tx, appealActions, rows.filter((row) => row.outcome?.status === 'CREATED').map((row) => ({
    appealId: row.outcome!.id, kind: 'REGISTERED', toStatus: row.checked.status ?? 'NEW', visibleToClient: true,
    assignedEmployeeId: row.checked.responsibleEmployeeId ?? null, assignedDepartmentId: row.checked.departmentId ?? null,
  })));
  await publishChanges(tx, ...writtenRows(rows).map(({ row, id, kind }) => appealChange(kind, {
    id, counterpartyId: row.checked.counterpartyId !== undefined ? row.checked.counterpartyId ?? null : storedByKey.get(row.key)?.counterpartyId ?? null,
  })));
}
