import type { PersonImportRow } from '../../../schema/types.generated.js';
import type { Database } from '../../db/client.js';
import { persons, type PersonRow } from '../../db/schema/index.js';
import type { Importer, ImportMode, PendingRow } from '../imports/import-runner.js';
import { givenKeys, resolvedKey } from '../imports/natural-keys.js';
import { upsertRecords } from '../imports/record-upsert.js';
import type { PersonInsert, PositionInsert } from './persons.repository.js';
import * as repository from './persons.repository.js';
import * as counterpartiesRepository from '../counterparties/counterparties.repository.js';
import { personFieldValues, positionFieldValues, type CheckedPosition } from './persons.service.js';

/** A person row checked: its own fields, and the positions that replace the stored ones when given. */
export interface CheckedPerson {
  values: Partial<PersonInsert>;
  /** Undefined when the row leaves positions out; counterparties are resolved when writing. */
  positions: CheckedPosition[] | undefined;
}

type Row = PendingRow<PersonImportRow, CheckedPerson>;

/**
 * `importPersons`: the fields and positions are checked by the same rules as createPerson; the
 * counterparty of each position is named by its `externalId`. Positions given replace the
 * stored ones; a person whose fields and positions are as stored is UNCHANGED and not written.
 */
export const personImporter: Importer<PersonImportRow, CheckedPerson> = {
  operation: 'importPersons',
  typeName: 'Person',
  check: (row, errors) => {
    const values = personFieldValues(row, errors, false);
    if (!values.externalId) errors.add(['externalId'], 'REQUIRED', 'externalId is required: rows are matched by it.');
    const positions = row.positions === undefined ? undefined : positionFieldValues(errors, row.positions ?? [], (position, at) => {
      if (!position.counterpartyExternalId.trim()) {
        at.add(['counterpartyExternalId'], 'REQUIRED', 'counterpartyExternalId is required: it names the counterparty of the position.');
      }
      return null;
    });
    return { values, positions };
  },
  write: writePersons,
};

async function writePersons(tx: Database, rows: Row[], mode: ImportMode): Promise<void> {
  const [stored, counterpartyIds] = await Promise.all([
    repository.lockedByExternalIds(tx, rows.map((row) => row.key)),
    counterpartiesRepository.idsByExternalIds(tx, givenKeys(rows.flatMap((row) => row.row.positions ?? []), (position) => position.counterpartyExternalId)),
  ]);
  const storedByKey = new Map(stored.map((row) => [row.externalId!, row]));
  // Read after the persons are locked, so no other writer changes them before the comparison.
  const storedPositions = await repository.positionsByPersonIds(tx, rows.flatMap((row) => {
    const person = storedByKey.get(row.key);
    return person && row.checked.positions ? [person.id] : [];
  }));

  // The positions each row gives, counterparties resolved; a row naming an unknown one fails.
  const positions = new Map<Row, PositionInsert[]>();
  for (const row of rows) {
    if (!row.checked.positions) continue;
    positions.set(row, row.checked.positions.map(({ at, value }, index) => ({
      ...value,
      counterpartyId: resolvedKey(at, ['counterpartyExternalId'], row.row.positions![index].counterpartyExternalId, counterpartyIds, 'counterparty with the externalId') ?? 0,
    })));
  }

  await upsertRecords(tx, rows, mode, {
    table: persons,
    keyColumn: 'external_id',
    stored: storedByKey,
    values: (row) => row.checked.values,
    newRecord: (row, values) => {
      if (!values.lastName) row.errors.add(['lastName'], 'REQUIRED', 'lastName is required for a new person.');
      if (row.errors.any) return null;
      return { phones: [], emails: [], importantDates: [], ...values };
    },
  });

  // Positions of new persons are inserted; those of stored persons replaced when they differ.
  const touched: PersonRow[] = [];
  const replaced: number[] = [];
  const inserts: Array<PositionInsert & { personId: number }> = [];
  for (const [row, given] of positions) {
    if (!row.outcome) continue;
    const { status, id } = row.outcome;
    if (status !== 'CREATED') {
      if (samePositions(storedPositions.get(id) ?? [], given)) continue;
      if (status === 'UNCHANGED') {
        if (mode === 'CREATE_ONLY') {
          row.errors.add(['externalId'], 'DUPLICATE', 'A record with this key exists and differs in positions; CREATE_ONLY does not update it.');
          row.outcome = null;
          continue;
        }
        // Only the positions differ: the person is still updated, so its version tells.
        touched.push(storedByKey.get(row.key)!);
        row.outcome = { status: 'UPDATED', id };
      }
      replaced.push(id);
    }
    inserts.push(...given.map((position) => ({ ...position, personId: id })));
  }
  await repository.updatePersonsWhole(tx, touched);
  await repository.replacePositionsOfMany(tx, replaced, inserts);
}

/** Whether two lists hold the same positions, in whatever order. */
function samePositions(stored: readonly PositionInsert[], given: readonly PositionInsert[]): boolean {
  const canonical = (list: readonly PositionInsert[]) => list.map((position) => JSON.stringify([
    position.counterpartyId, position.title ?? null, position.role ?? null, position.isPrimary ?? false,
    position.startDate ?? null, position.endDate ?? null,
  ])).sort();
  const [left, right] = [canonical(stored), canonical(given)];
  return left.length === right.length && left.every((item, index) => item === right[index]);
}
