import type { ContactCardImportRow } from '../../../schema/types.generated.js';
import type { Database } from '../../db/client.js';
import { contactCards, type ContactCardInsert } from '../../db/schema/index.js';
import { sameValue } from '../../lib/same-value.js';
import * as cataloguesRepository from '../catalogues/catalogues.repository.js';
import { normalisedFolderPath } from '../folders/folders.service.js';
import type { Importer, ImportMode, PendingRow } from '../imports/import-runner.js';
import { givenKeys, resolvedEmployee, resolvedKey } from '../imports/natural-keys.js';
import { upsertRecords } from '../imports/record-upsert.js';
import * as repository from './contact-cards.repository.js';
import { cardFieldValues, checkCard } from './contact-cards.service.js';

type Checked = Partial<ContactCardInsert>;
type Row = PendingRow<ContactCardImportRow, Checked>;

const groupPath = (path: string) => normalisedFolderPath(path) ?? '';
const sourceName = (name: string) => name.toLowerCase();

/**
 * `importContactCards`: a card's fields checked by the same rules as createContactCard and
 * updateContactCard (a name or a phone); the information source named by its name, the
 * responsible employee by e-mail, the group by its path. A converted card does not change: a row
 * that would change one fails.
 */
export const contactCardImporter: Importer<ContactCardImportRow, Checked> = {
  operation: 'importContactCards',
  typeName: 'ContactCard',
  check: (row, errors) => {
    const values = cardFieldValues(errors, row);
    if (!values.externalId) errors.add(['externalId'], 'REQUIRED', 'externalId is required: rows are matched by it.');
    return values;
  },
  write: writeCards,
};

async function writeCards(tx: Database, rows: Row[], mode: ImportMode): Promise<void> {
  const input = rows.map((row) => row.row);
  const [stored, sources, employees, groups] = await Promise.all([
    repository.lockedByExternalIds(tx, rows.map((row) => row.key)),
    cataloguesRepository.informationSourcesByName(tx, givenKeys(input, (row) => row.informationSourceName)),
    cataloguesRepository.employeesByEmail(tx, givenKeys(input, (row) => row.responsibleEmployeeEmail)),
    repository.groups.idsByPaths(tx, givenKeys(input, (row) => row.groupPath, groupPath)),
  ]);
  const storedByKey = new Map(stored.map((card) => [card.externalId!, card]));
  // Names are matched regardless of case: the lookup answers each name as sent.
  const sourceIds = new Map([...sources].map(([name, id]) => [sourceName(name), id]));

  for (const row of rows) {
    const { errors, row: given, checked } = row;
    const current = storedByKey.get(row.key);
    const source = resolvedKey(errors, ['informationSourceName'], given.informationSourceName, sourceIds, 'information source named', sourceName);
    if (source !== undefined) checked.informationSourceId = source;
    const responsible = resolvedEmployee(errors, ['responsibleEmployeeEmail'], given.responsibleEmployeeEmail, employees);
    if (responsible !== undefined) checked.responsibleEmployeeId = responsible;
    const group = resolvedKey(errors, ['groupPath'], given.groupPath, groups, 'contact card group at the path', groupPath);
    if (group !== undefined) checked.groupId = group;
    if (current) {
      const changed = Object.entries(checked).some(([field, value]) => value !== undefined && !sameValue(value, current[field as keyof typeof current]));
      if (current.convertedCounterpartyId !== null && changed) {
        errors.add(['externalId'], 'INVALID_STATE', 'The contact card was converted into a counterparty and does not change.');
      }
      checkCard(errors, { ...current, ...checked });
    }
  }

  await upsertRecords(tx, rows, mode, {
    table: contactCards,
    keyColumn: 'external_id',
    stored: storedByKey,
    values: (row) => row.checked,
    newRecord: (row, values) => {
      const card = { name: null, phones: [], ...values } as Checked;
      checkCard(row.errors, card);
      // Every column a new card needs: rows of one chunk are written together.
      return row.errors.any ? null : {
        companyName: null, taxNumber: null, emails: [], informationSourceId: null, responsibleEmployeeId: null,
        interest: null, notes: null, groupId: null, ...card,
      };
    },
  });
}
