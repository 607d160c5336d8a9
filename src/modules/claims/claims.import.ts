import type { ClaimImportRow } from '../../../schema/types.generated.js';
import type { Database } from '../../db/client.js';
import { insertRows } from '../../db/bulk.js';
import { chronicleEntries, claims, type ClaimRow } from '../../db/schema/index.js';
import { decimalInput } from '../../lib/decimal-input.js';
import { AMOUNT_SCALE, fromHundredths, toHundredths } from '../../lib/money.js';
import { sameValue } from '../../lib/same-value.js';
import * as cataloguesRepository from '../catalogues/catalogues.repository.js';
import * as counterpartiesRepository from '../counterparties/counterparties.repository.js';
import { normalisedFolderPath } from '../folders/folders.service.js';
import type { Importer, ImportMode, PendingRow } from '../imports/import-runner.js';
import { givenKeys, resolvedEmployee, resolvedKey } from '../imports/natural-keys.js';
import { upsertRecords, writtenRows } from '../imports/record-upsert.js';
import { publishChanges } from '../events/change-feed.js';
import { claimChange } from '../events/topics.js';
import * as repository from './claims.repository.js';
import { CLOSED_STATUSES } from './claims.repository.js';
import { checkClaim, claimFieldValues } from './claims.service.js';

type Checked = Partial<repository.ClaimInsert>;
type Row = PendingRow<ClaimImportRow, Checked>;

const causePath = (path: string) => normalisedFolderPath(path) ?? '';

/** What a stored claim changes only through changeClaimStatus and reopenClaim (or never, its registration). */
const SETTLED_FIELDS = ['registeredAt', 'status', 'result', 'amountGranted', 'closedAt'] as const;

/**
 * `importClaims`: a claim's fields checked by the same rules as registerClaim and updateClaim;
 * the counterparty is named by `externalId`, the cause by its path, the department at fault by
 * name, the employees by e-mail. A new claim may come in any status (history being loaded), a
 * closed one with its result and closing time; it gets its number and its registration in its
 * chronicle. A stored claim keeps its counterparty, registration and status: a row that would
 * change them fails.
 */
export const claimImporter: Importer<ClaimImportRow, Checked> = {
  operation: 'importClaims',
  typeName: 'Claim',
  check: (row, errors) => {
    const values = claimFieldValues(errors, row, false);
    if (!values.externalId) errors.add(['externalId'], 'REQUIRED', 'externalId is required: rows are matched by it.');
    values.status = errors.notNull(['status'], row.status);
    if (row.result !== undefined) values.result = errors.text(['result'], row.result, { max: 5000 });
    if (row.amountGranted != null) {
      const granted = decimalInput(errors, ['amountGranted'], row.amountGranted, toHundredths, AMOUNT_SCALE, 10n ** 18n, true);
      if (granted !== null) values.amountGranted = fromHundredths(granted);
    } else if (row.amountGranted === null) {
      values.amountGranted = null;
    }
    if (row.closedAt !== undefined) values.closedAt = row.closedAt;
    return values;
  },
  write: writeClaims,
};

/** The rules of a claim closed at registration, as changeClaimStatus has them. */
function checkNewClaim(row: Row, values: Checked): void {
  const { errors } = row;
  const status = values.status ?? 'REGISTERED';
  const closed = CLOSED_STATUSES.includes(status);
  if (closed && status !== 'WITHDRAWN' && !values.result) {
    errors.add(['result'], 'REQUIRED', `A claim closed as ${status} says how it was worked off: a result is required.`);
  }
  if (!closed && values.closedAt) errors.add(['closedAt'], 'INVALID', 'closedAt is given for a closed claim.');
  if (values.amountGranted != null && status !== 'SATISFIED' && status !== 'PARTLY_SATISFIED') {
    errors.add(['amountGranted'], 'INVALID', 'An amount is granted only to a SATISFIED or PARTLY_SATISFIED claim.');
  }
  if (closed && values.closedAt && values.registeredAt && values.closedAt < values.registeredAt) {
    errors.add(['closedAt'], 'OUT_OF_RANGE', 'A claim cannot be closed before it was registered.');
  }
}

async function writeClaims(tx: Database, rows: Row[], mode: ImportMode): Promise<void> {
  const input = rows.map((row) => row.row);
  const [stored, counterpartyIds, causes, departments, employees] = await Promise.all([
    repository.lockedByExternalIds(tx, rows.map((row) => row.key)),
    counterpartiesRepository.idsByExternalIds(tx, givenKeys(input, (row) => row.counterpartyExternalId)),
    repository.causes.idsByPaths(tx, givenKeys(input, (row) => row.causePath, causePath)),
    cataloguesRepository.departmentsByName(tx, givenKeys(input, (row) => row.departmentAtFaultName)),
    cataloguesRepository.employeesByEmail(tx, [
      ...givenKeys(input, (row) => row.responsibleEmployeeEmail), ...givenKeys(input, (row) => row.employeeAtFaultEmail),
    ]),
  ]);
  const storedByKey = new Map(stored.map((claim) => [claim.externalId!, claim]));
  const employeeIds = new Map([...employees].map(([email, employee]) => [email, employee.id]));
  const now = new Date();

  for (const row of rows) {
    const { errors, row: given, checked } = row;
    const current = storedByKey.get(row.key);
    if (given.counterpartyExternalId === null || given.counterpartyExternalId?.trim() === '') {
      errors.add(['counterpartyExternalId'], 'REQUIRED', 'A claim is always some counterparty\'s; counterpartyExternalId cannot be cleared.');
    } else {
      const counterpartyId = resolvedKey(errors, ['counterpartyExternalId'], given.counterpartyExternalId, counterpartyIds, 'counterparty with the externalId');
      if (current && counterpartyId != null && counterpartyId !== current.counterpartyId) {
        errors.add(['counterpartyExternalId'], 'INVALID_STATE', 'A stored claim keeps its counterparty.');
      } else if (counterpartyId != null) {
        checked.counterpartyId = counterpartyId;
      }
    }
    const causeId = resolvedKey(errors, ['causePath'], given.causePath, causes, 'claim cause at the path', causePath);
    if (causeId !== undefined) checked.causeId = causeId;
    const departmentId = resolvedKey(errors, ['departmentAtFaultName'], given.departmentAtFaultName, departments, 'department named');
    if (departmentId !== undefined) checked.departmentAtFaultId = departmentId;
    const atFault = resolvedKey(errors, ['employeeAtFaultEmail'], given.employeeAtFaultEmail, employeeIds, 'employee with the e-mail');
    if (atFault !== undefined) checked.employeeAtFaultId = atFault;
    const responsible = resolvedEmployee(errors, ['responsibleEmployeeEmail'], given.responsibleEmployeeEmail, employees);
    if (responsible !== undefined) checked.responsibleEmployeeId = responsible;
    if (current) {
      for (const field of SETTLED_FIELDS) {
        if (checked[field] !== undefined && !sameValue(checked[field], current[field as keyof ClaimRow])) {
          errors.add([field], 'INVALID_STATE', field === 'registeredAt'
            ? 'A stored claim keeps its registration time.'
            : `The claim is ${current.status}; change a stored claim's outcome with changeClaimStatus or reopenClaim.`);
        }
      }
      checkClaim(errors, { ...current, ...checked });
    }
  }

  await upsertRecords(tx, rows, mode, {
    table: claims,
    keyColumn: 'external_id',
    stored: storedByKey,
    values: (row) => row.checked,
    newRecord: (row, values) => {
      if (!values.essence) row.errors.add(['essence'], 'REQUIRED', 'essence is required for a new claim.');
      if (values.counterpartyId == null) {
        row.errors.add(['counterpartyExternalId'], 'REQUIRED', 'counterpartyExternalId is required for a new claim.');
      }
      const registeredAt = (values.registeredAt as Date | undefined) ?? now;
      const status = (values.status as Checked['status']) ?? 'REGISTERED';
      const claim = { ...values, registeredAt, status } as Checked;
      checkNewClaim(row, claim);
      checkClaim(row.errors, claim);
      if (row.errors.any) return null;
      // Every column a new claim needs, as registerClaim defaults it: rows of one chunk are written together.
      return { ...claim, closedAt: CLOSED_STATUSES.includes(status!) ? claim.closedAt ?? registeredAt : null };
    },
  });
  // A new claim's chronicle starts with its registration, as registerClaim's does.
  await insertRows(tx, chronicleEntries, rows.filter((row) => row.outcome?.status === 'CREATED').map((row) => ({
    counterpartyId: row.checked.counterpartyId!, claimId: row.outcome!.id, kind: 'EVENT', status: 'DONE',
    happenedAt: row.checked.registeredAt ?? now, subject: `Claim registered: ${row.checked.essence!}`.slice(0, 500), visibleToClient: true,
  })));
  await publishChanges(tx, ...writtenRows(rows).map(({ row, id, kind }) =>
    claimChange(kind, { id, counterpartyId: row.checked.counterpartyId ?? storedByKey.get(row.key)!.counterpartyId })));
}
