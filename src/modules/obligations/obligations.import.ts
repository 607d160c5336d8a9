import type { ObligationImportRow } from '../../../schema/types.generated.js';
import type { Database } from '../../db/client.js';
import { obligations } from '../../db/schema/index.js';
import type { Importer, ImportMode, PendingRow } from '../imports/import-runner.js';
import { givenKeys, resolvedKey } from '../imports/natural-keys.js';
import { upsertRecords } from '../imports/record-upsert.js';
import * as counterpartiesRepository from '../counterparties/counterparties.repository.js';
import * as repository from './obligations.repository.js';
import { changeAmount, obligationValues, requireCurrency } from './obligations.service.js';

type ObligationValues = Partial<typeof obligations.$inferInsert>;

/** An obligation row checked: the values to write and the amount in hundredths (see obligationValues). */
export interface CheckedObligation {
  values: ObligationValues;
  amount: bigint | null | undefined;
}

type Row = PendingRow<ObligationImportRow, CheckedObligation>;

/**
 * `importObligations`: the terms of an obligation, checked by the same rules as createObligation
 * and updateObligation; the counterparty is named by `externalId`. Amounts are stored with two
 * decimals, so "100" matches a stored "100.00". Fulfilment is not imported; a new amount sets the
 * status as updateObligation does.
 */
export const obligationImporter: Importer<ObligationImportRow, CheckedObligation> = {
  operation: 'importObligations',
  typeName: 'Obligation',
  check: (row, errors) => {
    const checked = obligationValues(row, errors, false);
    if (!checked.values.externalId) errors.add(['externalId'], 'REQUIRED', 'externalId is required: rows are matched by it.');
    if (row.counterpartyExternalId !== undefined && !row.counterpartyExternalId?.trim()) {
      errors.add(['counterpartyExternalId'], 'REQUIRED', 'counterpartyExternalId cannot be cleared: every obligation is toward a counterparty.');
    }
    return checked;
  },
  write: writeObligations,
};

async function writeObligations(tx: Database, rows: Row[], mode: ImportMode): Promise<void> {
  const [stored, counterpartyIds] = await Promise.all([
    repository.lockedByExternalIds(tx, rows.map((row) => row.key)),
    counterpartiesRepository.idsByExternalIds(tx, givenKeys(rows, (row) => row.row.counterpartyExternalId)),
  ]);
  const storedByKey = new Map(stored.map((row) => [row.externalId!, row]));

  const values = new Map<Row, ObligationValues>();
  for (const row of rows) {
    const { errors, row: given } = row;
    const current = storedByKey.get(row.key);
    const obligation: ObligationValues = { ...row.checked.values };
    const counterpartyId = resolvedKey(errors, ['counterpartyExternalId'], given.counterpartyExternalId, counterpartyIds, 'counterparty with the externalId');
    if (counterpartyId != null) {
      if (current && current.counterpartyId !== counterpartyId) {
        errors.add(['counterpartyExternalId'], 'INVALID_STATE', 'An obligation stays with its counterparty; this one is toward another counterparty.');
      }
      obligation.counterpartyId = counterpartyId;
    }
    if (current) changeAmount(errors, current, given.amount, row.checked.amount, obligation);
    requireCurrency(
      errors,
      given.amount !== undefined ? given.amount : current?.amount,
      obligation.currency !== undefined ? obligation.currency : current?.currency,
    );
    values.set(row, obligation);
  }

  await upsertRecords(tx, rows, mode, {
    table: obligations,
    keyColumn: 'external_id',
    stored: storedByKey,
    values: (row) => values.get(row)!,
    newRecord: (row, obligation) => {
      if (obligation.counterpartyId == null) row.errors.add(['counterpartyExternalId'], 'REQUIRED', 'counterpartyExternalId is required for a new obligation.');
      if (!obligation.kind) row.errors.add(['kind'], 'REQUIRED', 'kind is required for a new obligation.');
      if (!obligation.debtor) row.errors.add(['debtor'], 'REQUIRED', 'debtor is required for a new obligation.');
      if (!obligation.description) row.errors.add(['description'], 'REQUIRED', 'description is required for a new obligation.');
      if (row.errors.any) return null;
      return { ...obligation, status: 'OPEN', fulfilledAmount: '0.00' };
    },
  });
}
