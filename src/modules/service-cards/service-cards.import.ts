import type { ServiceCardImportRow } from '../../../schema/types.generated.js';
import type { Database } from '../../db/client.js';
import { serviceCards } from '../../db/schema/index.js';
import * as cataloguesRepository from '../catalogues/catalogues.repository.js';
import * as contractsRepository from '../contracts/contracts.repository.js';
import * as counterpartiesRepository from '../counterparties/counterparties.repository.js';
import { normalisedFolderPath } from '../folders/folders.service.js';
import type { Importer, ImportMode, PendingRow } from '../imports/import-runner.js';
import { givenKeys, resolvedEmployee, resolvedKey } from '../imports/natural-keys.js';
import { upsertRecords } from '../imports/record-upsert.js';
import * as repository from './service-cards.repository.js';
import { cardFieldValues, checkCardRules } from './service-cards.service.js';

type Checked = Partial<repository.ServiceCardInsert>;
type Row = PendingRow<ServiceCardImportRow, Checked>;

const folderPath = (path: string) => normalisedFolderPath(path) ?? '';

/**
 * `importServiceCards`: a card's fields checked by the same rules as createServiceCard and
 * updateServiceCard, its schedule rules as a whole with the stored values; the counterparty and
 * the contract are named by `externalId`, the engineer by e-mail, the folder by its path. A card
 * stays with its counterparty. Visits are not imported: generate the schedule.
 */
export const serviceCardImporter: Importer<ServiceCardImportRow, Checked> = {
  operation: 'importServiceCards',
  typeName: 'ServiceCard',
  check: (row, errors) => {
    const values = cardFieldValues(errors, row, false);
    if (!values.externalId) errors.add(['externalId'], 'REQUIRED', 'externalId is required: rows are matched by it.');
    return values;
  },
  write: writeCards,
};

async function writeCards(tx: Database, rows: Row[], mode: ImportMode): Promise<void> {
  const input = rows.map((row) => row.row);
  const [stored, counterpartyIds, contracts, engineers, groups] = await Promise.all([
    repository.lockedByExternalIds(tx, rows.map((row) => row.key)),
    counterpartiesRepository.idsByExternalIds(tx, givenKeys(input, (row) => row.counterpartyExternalId)),
    contractsRepository.byExternalIds(tx, givenKeys(input, (row) => row.contractExternalId)),
    cataloguesRepository.employeesByEmail(tx, givenKeys(input, (row) => row.engineerEmail)),
    repository.groups.idsByPaths(tx, givenKeys(input, (row) => row.groupPath, folderPath)),
  ]);
  const storedByKey = new Map(stored.map((card) => [card.externalId!, card]));
  const contractByKey = new Map(contracts.map((contract) => [contract.externalId!, contract]));
  const contractIds = new Map(contracts.map((contract) => [contract.externalId!, contract.id]));

  for (const row of rows) {
    const { errors, row: given, checked } = row;
    const current = storedByKey.get(row.key);
    const counterpartyId = resolvedKey(errors, ['counterpartyExternalId'], given.counterpartyExternalId, counterpartyIds, 'counterparty with the externalId');
    if (counterpartyId === null && given.counterpartyExternalId !== undefined && !errors.any) {
      errors.add(['counterpartyExternalId'], 'REQUIRED', 'counterpartyExternalId cannot be cleared: every card serves a counterparty.');
    }
    if (counterpartyId != null) {
      if (current && current.counterpartyId !== counterpartyId) {
        errors.add(['counterpartyExternalId'], 'INVALID_STATE', 'A card stays with its counterparty; this one serves another counterparty.');
      }
      checked.counterpartyId = counterpartyId;
    }
    const contractId = resolvedKey(errors, ['contractExternalId'], given.contractExternalId, contractIds, 'contract with the externalId');
    if (contractId !== undefined) checked.contractId = contractId;
    const owner = checked.counterpartyId ?? current?.counterpartyId;
    const contract = given.contractExternalId ? contractByKey.get(given.contractExternalId.trim()) : undefined;
    if (contract && owner !== undefined && contract.counterpartyId !== owner) {
      errors.add(['contractExternalId'], 'INVALID', 'The contract is with another counterparty.');
    }
    const engineerId = resolvedEmployee(errors, ['engineerEmail'], given.engineerEmail, engineers);
    if (engineerId !== undefined) checked.engineerId = engineerId;
    const groupId = resolvedKey(errors, ['groupPath'], given.groupPath, groups, 'folder of the service journal at the path', folderPath);
    if (groupId !== undefined) checked.groupId = groupId;
    checkCardRules(errors, checked, current);
  }

  await upsertRecords(tx, rows, mode, {
    table: serviceCards,
    keyColumn: 'external_id',
    stored: storedByKey,
    values: (row) => row.checked,
    newRecord: (row, values) => {
      if (values.counterpartyId == null) row.errors.add(['counterpartyExternalId'], 'REQUIRED', 'counterpartyExternalId is required for a new card.');
      if (!values.number) row.errors.add(['number'], 'REQUIRED', 'number is required for a new card.');
      if (row.errors.any) return null;
      // Every column a new card needs, as createServiceCard defaults it: rows of one chunk are written together.
      return { periodicity: 'MONTHLY', workingWeekdays: [1, 2, 3, 4, 5], holidays: [], status: 'ACTIVE', ...values };
    },
  });
}
