import type { CounterpartyImportRow } from '../../../schema/types.generated.js';
import type { Database } from '../../db/client.js';
import { counterparties, type CounterpartyInsert, type CounterpartyRow } from '../../db/schema/index.js';
import { normalisedFolderPath } from '../folders/folders.service.js';
import type { Importer, ImportMode, PendingRow } from '../imports/import-runner.js';
import { givenKeys, resolvedEmployee, resolvedKey } from '../imports/natural-keys.js';
import { employeesByEmail, informationSourcesByName } from '../catalogues/catalogues.repository.js';
import { upsertRecords } from '../imports/record-upsert.js';
import { counterpartyFieldValues } from './counterparties.service.js';
import * as repository from './counterparties.repository.js';

type Row = PendingRow<CounterpartyImportRow, Partial<CounterpartyInsert>>;

/**
 * `importCounterparties`: the fields are checked by the same rules as createCounterparty; the
 * group, employee, information source and parent are named by natural keys.
 */
export const counterpartyImporter: Importer<CounterpartyImportRow, Partial<CounterpartyInsert>> = {
  operation: 'importCounterparties',
  typeName: 'Counterparty',
  check: (row, errors) => {
    const values = counterpartyFieldValues(row, errors, false);
    if (!values.externalId) errors.add(['externalId'], 'REQUIRED', 'externalId is required: rows are matched by it.');
    return values;
  },
  write: writeCounterparties,
  writeOrder: parentRowsFirst,
};

/** The rows with each one after the row of the chunk its `parentExternalId` names, if any. */
function parentRowsFirst(rows: Row[]): Row[] {
  const byKey = new Map(rows.map((row) => [row.key, row]));
  const ordered: Row[] = [];
  const placed = new Set<Row>();
  const place = (row: Row, visiting: Set<Row>) => {
    if (placed.has(row) || visiting.has(row)) return;
    visiting.add(row);
    const parent = byKey.get(row.row.parentExternalId?.trim() ?? '');
    if (parent) place(parent, visiting);
    placed.add(row);
    ordered.push(row);
  };
  for (const row of rows) place(row, new Set());
  return ordered;
}

/**
 * A stored counterparty that names a parent arrived between the chunk's look for stored ones and
 * its lock of them: the chunk is tried again, and then locks the holding tree first.
 */
class ParentChangeRace extends Error {
  readonly code = '40001';
}

/**
 * Whether the chunk must hold the holding tree's lock: only a stored counterparty given a parent
 * can close a cycle, since a new one has no descendants but rows of its own chunk, which
 * `refuseCycles` checks. New counterparties with parents are the bulk of an initial load, and the
 * lock (one per tree) would make every chunk of every concurrent call wait for the others.
 */
async function mayChangeStoredParents(tx: Database, rows: Row[]): Promise<boolean> {
  const withParent = rows.filter((row) => row.row.parentExternalId !== undefined).map((row) => row.key);
  return withParent.length > 0 && (await repository.idsByExternalIds(tx, withParent)).size > 0;
}

async function writeCounterparties(tx: Database, rows: Row[], mode: ImportMode): Promise<void> {
  const input = rows.map((row) => row.row);
  // The holding tree's lock comes before any row lock, as in updateCounterparty, so the two
  // never wait for each other in opposite orders.
  const treeLocked = await mayChangeStoredParents(tx, rows);
  if (treeLocked) await repository.lockHoldingTree(tx);
  const [groups, employees, sources, stored] = await Promise.all([
    repository.groups.idsByPaths(tx, givenKeys(input, (r) => r.groupPath, (p) => normalisedFolderPath(p) ?? '')),
    employeesByEmail(tx, givenKeys(input, (r) => r.responsibleEmployeeEmail)),
    informationSourcesByName(tx, givenKeys(input, (r) => r.informationSourceName)),
    repository.lockedByExternalIds(tx, rows.map((row) => row.key)),
  ]);
  const storedByKey = new Map(stored.map((row) => [row.externalId!, row]));
  if (!treeLocked && rows.some((row) => row.row.parentExternalId !== undefined && storedByKey.has(row.key))) {
    throw new ParentChangeRace('A counterparty given a parent was stored meanwhile by another writer.');
  }
  const parents = await resolveParents(tx, rows, storedByKey);

  for (const row of rows) {
    const { errors, row: input } = row;
    const groupId = resolvedKey(errors, ['groupPath'], input.groupPath, groups, 'counterparty group at the path', (p) => normalisedFolderPath(p) ?? '');
    const employeeId = resolvedEmployee(errors, ['responsibleEmployeeEmail'], input.responsibleEmployeeEmail, employees);
    const sourceId = resolvedKey(errors, ['informationSourceName'], input.informationSourceName, sources, 'information source');
    if (groupId !== undefined) row.checked.groupId = groupId;
    if (employeeId !== undefined) row.checked.responsibleEmployeeId = employeeId;
    if (sourceId !== undefined) row.checked.informationSourceId = sourceId;
    const parent = parents.get(row.index);
    if (parent?.kind === 'stored' || parent?.kind === 'none') row.checked.parentId = parent.id;
  }

  // A parent in this chunk is written before its children, which then know its id.
  for (const layer of parentsFirst(rows, parents)) {
    for (const row of layer) {
      const parent = parents.get(row.index);
      if (parent?.kind !== 'row') continue;
      if (parent.row.outcome) row.checked.parentId = parent.row.outcome.id;
      else row.errors.add(['parentExternalId'], 'NOT_FOUND', `The parent "${parent.row.key}" failed in this call, so it cannot be the parent.`);
    }
    await upsertRecords(tx, layer, mode, {
      table: counterparties,
      keyColumn: 'external_id',
      stored: storedByKey,
      values: (row) => row.checked,
      newRecord: (row, values) => {
        if (!values.kind) row.errors.add(['kind'], 'REQUIRED', 'kind is required for a new counterparty.');
        if (!values.name) row.errors.add(['name'], 'REQUIRED', 'name is required for a new counterparty.');
        if (row.errors.any) return null;
        return { roles: [], addresses: [], phones: [], emails: [], websites: [], bankAccounts: [], importance: 'NORMAL', ...values };
      },
    });
  }
}

/** The rows in layers: those whose parent is not in the chunk, then their children, and so on. */
function parentsFirst(rows: Row[], parents: Map<number, ParentRef>): Row[][] {
  const depths = new Map<Row, number>();
  const depth = (row: Row): number => {
    const known = depths.get(row);
    if (known !== undefined) return known;
    depths.set(row, 0); // refuseCycles removed looping links; this only guards the recursion
    const parent = parents.get(row.index);
    const value = parent?.kind === 'row' ? depth(parent.row) + 1 : 0;
    depths.set(row, value);
    return value;
  };
  const layers: Row[][] = [];
  for (const row of rows) (layers[depth(row)] ??= []).push(row);
  return layers.filter(Boolean);
}

/** Where a row's parent comes from: a stored counterparty, a row of this chunk, or none (cleared). */
type ParentRef = { kind: 'stored'; id: number } | { kind: 'none'; id: null } | { kind: 'row'; row: Row };

/**
 * Resolves `parentExternalId` for the chunk: to a stored counterparty, or to another row of the
 * chunk (whose id is known only once it is written). A parent that is neither, or a parent
 * that would close a cycle of parents, is an error on the row.
 */
async function resolveParents(tx: Database, rows: Row[], stored: Map<string, CounterpartyRow>): Promise<Map<number, ParentRef>> {
  const parents = new Map<number, ParentRef>();
  const named = rows.filter((row) => row.row.parentExternalId !== undefined && !row.errors.any);
  if (named.length === 0) return parents;
  const byKey = new Map(rows.map((row) => [row.key, row]));
  const storedIds = await repository.idsByExternalIds(tx, givenKeys(named, (row) => row.row.parentExternalId));
  for (const row of named) {
    const key = row.row.parentExternalId?.trim();
    if (!key) parents.set(row.index, { kind: 'none', id: null });
    else if (byKey.has(key) && !stored.has(key)) parents.set(row.index, { kind: 'row', row: byKey.get(key)! });
    else if (storedIds.has(key)) parents.set(row.index, { kind: 'stored', id: storedIds.get(key)! });
    else row.errors.add(['parentExternalId'], 'NOT_FOUND', `No counterparty has the externalId "${key}", in the database or earlier in this call.`);
  }
  await refuseCycles(tx, rows, parents, stored);
  return parents;
}

/**
 * Walks each row's new chain of parents, made of this chunk's new links over the stored ones,
 * and fails the rows that would reach themselves.
 */
async function refuseCycles(tx: Database, rows: Row[], parents: Map<number, ParentRef>, stored: Map<string, CounterpartyRow>): Promise<void> {
  const storedParentIds = [...parents.values()].flatMap((parent) => (parent.kind === 'stored' ? [parent.id] : []));
  const storedParentOf = await repository.storedAncestry(tx, storedParentIds);
  const rowOfStoredId = new Map(rows.flatMap((row) => {
    const own = stored.get(row.key);
    return own ? [[own.id, row] as const] : [];
  }));
  // A node is a row of the chunk or a stored counterparty not in the chunk.
  type Node = { row: Row } | { id: number };
  const node = (id: number): Node => {
    const row = rowOfStoredId.get(id);
    return row ? { row } : { id };
  };
  const up = (from: Node): Node | null => {
    if ('id' in from) {
      const parentId = storedParentOf.get(from.id);
      return parentId == null ? null : node(parentId);
    }
    const parent = parents.get(from.row.index);
    if (!parent) {
      const parentId = stored.get(from.row.key)?.parentId;
      return parentId == null ? null : node(parentId);
    }
    if (parent.kind === 'none') return null;
    return parent.kind === 'row' ? { row: parent.row } : node(parent.id);
  };
  const inCycle = rows.filter((row) => {
    if (!parents.has(row.index)) return false;
    // Walks up until the chain ends, comes back to the row, or enters a loop not through it.
    const seen = new Set<Row | number>();
    for (let current = up({ row }); current; current = up(current)) {
      if ('row' in current && current.row === row) return true;
      const id = 'row' in current ? current.row : current.id;
      if (seen.has(id)) return false;
      seen.add(id);
    }
    return false;
  });
  for (const row of inCycle) {
    row.errors.add(['parentExternalId'], 'CYCLE', 'A counterparty cannot be its own parent organisation, directly or through others.');
    parents.delete(row.index);
  }
}
