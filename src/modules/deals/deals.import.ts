import type { DealImportRow } from '../../../schema/types.generated.js';
import type { Database } from '../../db/client.js';
import { insertRows } from '../../db/bulk.js';
import { dealMoves, deals, type DealRow } from '../../db/schema/index.js';
import * as campaignsRepository from '../campaigns/campaigns.repository.js';
import * as cataloguesRepository from '../catalogues/catalogues.repository.js';
import * as counterpartiesRepository from '../counterparties/counterparties.repository.js';
import type { Importer, ImportMode, PendingRow } from '../imports/import-runner.js';
import { givenKeys, resolvedEmployee, resolvedKey } from '../imports/natural-keys.js';
import { upsertRecords } from '../imports/record-upsert.js';
import * as repository from './deals.repository.js';
import { checkDeal, dealFieldValues } from './deals.service.js';

type Checked = Partial<repository.DealInsert>;
type Row = PendingRow<DealImportRow, Checked>;

/** Where a stored deal stands, which only the move mutations change. */
const PLACE_FIELDS = ['column', 'stage', 'result'] as const;

/**
 * `importDeals`: a deal's own fields checked by the same rules as createDeal and updateDeal; the
 * counterparty and the campaign are named by `externalId`, the assigned employee by e-mail, the
 * information source and the lost reason by name. A new deal may come in any column, stage and result (history being
 * loaded; RESULT with its result, LOST with its reason), and its history starts with its creation.
 * A stored deal keeps its counterparty and where it stands: a row that would change them fails.
 */
export const dealImporter: Importer<DealImportRow, Checked> = {
  operation: 'importDeals',
  typeName: 'Deal',
  check: (row, errors) => {
    const values = dealFieldValues(errors, row, false);
    if (!values.externalId) errors.add(['externalId'], 'REQUIRED', 'externalId is required: rows are matched by it.');
    values.stage = errors.notNull(['stage'], row.stage);
    values.column = errors.notNull(['column'], row.column);
    if (row.result !== undefined) values.result = row.result;
    return values;
  },
  write: writeDeals,
};

async function writeDeals(tx: Database, rows: Row[], mode: ImportMode): Promise<void> {
  const input = rows.map((row) => row.row);
  const [stored, counterpartyIds, campaignIds, employees, sources, reasons] = await Promise.all([
    repository.lockedByExternalIds(tx, rows.map((row) => row.key)),
    counterpartiesRepository.idsByExternalIds(tx, givenKeys(input, (row) => row.counterpartyExternalId)),
    campaignsRepository.idsByExternalIds(tx, givenKeys(input, (row) => row.campaignExternalId)),
    cataloguesRepository.employeesByEmail(tx, givenKeys(input, (row) => row.assignedEmployeeEmail)),
    cataloguesRepository.informationSourcesByName(tx, givenKeys(input, (row) => row.informationSourceName)),
    repository.lostReasonsByName(tx, givenKeys(input, (row) => row.lostReasonName)),
  ]);
  const storedByKey = new Map(stored.map((deal) => [deal.externalId!, deal]));
  const now = new Date();

  for (const row of rows) {
    const { errors, row: given, checked } = row;
    const current = storedByKey.get(row.key);
    if (given.counterpartyExternalId === null || given.counterpartyExternalId?.trim() === '') {
      errors.add(['counterpartyExternalId'], 'REQUIRED', 'A deal is always some counterparty\'s; counterpartyExternalId cannot be cleared.');
    } else {
      const counterpartyId = resolvedKey(errors, ['counterpartyExternalId'], given.counterpartyExternalId, counterpartyIds, 'counterparty with the externalId');
      if (current && counterpartyId != null && counterpartyId !== current.counterpartyId) {
        errors.add(['counterpartyExternalId'], 'INVALID_STATE', 'A stored deal keeps its counterparty.');
      } else if (counterpartyId != null) {
        checked.counterpartyId = counterpartyId;
      }
    }
    const employee = resolvedEmployee(errors, ['assignedEmployeeEmail'], given.assignedEmployeeEmail, employees);
    if (employee !== undefined) checked.assignedEmployeeId = employee;
    const source = resolvedKey(errors, ['informationSourceName'], given.informationSourceName, sources, 'information source named');
    if (source !== undefined) checked.informationSourceId = source;
    const campaign = resolvedKey(errors, ['campaignExternalId'], given.campaignExternalId, campaignIds, 'campaign with the externalId');
    if (campaign !== undefined) checked.campaignId = campaign;
    if (given.lostReasonName != null && given.lostReasonName.trim() !== '') {
      const reason = reasons.get(given.lostReasonName.trim());
      if (!reason) errors.add(['lostReasonName'], 'NOT_FOUND', `No lost reason named "${given.lostReasonName.trim()}" exists.`);
      else checked.lostReasonId = reason.id;
    } else if (given.lostReasonName !== undefined) {
      checked.lostReasonId = null;
    }
    if (current) {
      for (const field of [...PLACE_FIELDS, 'lostReasonId'] as const) {
        if (checked[field] !== undefined && checked[field] !== current[field as keyof DealRow]) {
          errors.add([field === 'lostReasonId' ? 'lostReasonName' : field], 'INVALID_STATE',
            `The deal is in ${current.column} at ${current.stage}; a stored deal moves only through moveDeal, changeDealStage and reopenDeal.`);
        }
      }
      checkDeal(errors, { ...current, ...checked });
    }
  }

  await upsertRecords(tx, rows, mode, {
    table: deals,
    keyColumn: 'external_id',
    stored: storedByKey,
    values: (row) => row.checked,
    newRecord: (row, values) => {
      const { errors } = row;
      if (!values.name) errors.add(['name'], 'REQUIRED', 'name is required for a new deal.');
      if (values.counterpartyId == null) errors.add(['counterpartyExternalId'], 'REQUIRED', 'counterpartyExternalId is required for a new deal.');
      const deal = { stage: 'NEEDS', column: 'PROSPECT', result: null, lostReasonId: null, ...values } as Checked;
      const closed = deal.column === 'RESULT';
      if (closed && !deal.result) errors.add(['result'], 'REQUIRED', 'A deal in RESULT comes with its result.');
      if (!closed && deal.result) errors.add(['result'], 'INVALID', 'A result is given for a deal in RESULT only.');
      if (deal.result === 'LOST' && deal.lostReasonId == null) errors.add(['lostReasonName'], 'REQUIRED', 'A LOST deal says why: lostReasonName is required.');
      if (deal.result !== 'LOST' && deal.lostReasonId != null) errors.add(['lostReasonName'], 'INVALID', 'A lost reason is given with the result LOST only.');
      checkDeal(errors, deal);
      if (errors.any) return null;
      // Every column a new deal needs, as createDeal and moveDeal default them: rows of one chunk are written together.
      return { ...deal, closedAt: closed ? now : null, lastMovedAt: now };
    },
  });
  // A new deal's history starts with its creation where it was loaded, as createDeal's does.
  await insertRows(tx, dealMoves, rows.filter((row) => row.outcome?.status === 'CREATED').map(({ outcome, checked }) => ({
    dealId: outcome!.id, kind: 'CREATED', toColumn: checked.column ?? 'PROSPECT', toStage: checked.stage ?? 'NEEDS',
    result: checked.result ?? null, lostReasonId: checked.lostReasonId ?? null, at: now,
  })));
}
