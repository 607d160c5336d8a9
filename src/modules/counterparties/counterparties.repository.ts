import { and, arrayOverlaps, asc, eq, gte, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import { idsByKeys, jsonValues, lockedRowsByKeys } from '../../db/bulk.js';
import { executeRows } from '../../db/raw.js';
import type { Database } from '../../db/client.js';
import { rowsByIds, rowsByKeys, rowsByParents } from '../../db/json-rows.js';
import { columnPlan, reference, type ColumnChoice } from '../../db/columns.js';
import { employeeColumns, informationSourceColumns } from '../catalogues/catalogues.repository.js';
import { selectConnection } from '../../db/paging.js';
import { folderTreeRepository } from '../folders/folders.repository.js';
import { lockTree, wouldCycle as wouldCycleInTree } from '../../db/tree.js';
import { rowAtVersion, updateVersioned, type VersionedRow } from '../../db/versioned.js';
import type { UniqueFields } from '../../lib/write.js';
import {
  counterparties, counterpartyCompetitors, counterpartyGroups, counterpartyObjects, parameterDefinitions, parameterValues,
  type CounterpartyInsert, type CounterpartyRow,
} from '../../db/schema/index.js';
import { sortBy, type PageArgs, type SortKey } from '../../lib/connection.js';
import { searchTextMatches } from '../../db/search.js';

export interface CounterpartyListFilter {
  search?: string | null;
  kinds?: CounterpartyRow['kind'][] | null;
  roles?: CounterpartyRow['roles'] | null;
  groupId?: number | null;
  includeSubgroups?: boolean | null;
  responsibleEmployeeId?: number | null;
  importance?: CounterpartyRow['importance'][] | null;
  informationSourceId?: number | null;
  archived?: boolean | null;
  updatedSince?: Date | null;
}

export type CounterpartyOrderField = 'NAME' | 'CREATED_AT' | 'UPDATED_AT';
export interface CounterpartyOrder { field: CounterpartyOrderField; direction?: 'ASC' | 'DESC' | null }

/** The SQL of a counterparty filter on `counterparties`: the register's list and the contact list report share it. */
export function filterCondition(filter: CounterpartyListFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (filter.search) conditions.push(searchTextMatches(counterparties.searchText, filter.search));
  // A list filter matches what is in the list: an empty list matches nothing.
  if (filter.kinds) conditions.push(inArray(counterparties.kind, filter.kinds));
  if (filter.roles) conditions.push(filter.roles.length > 0 ? arrayOverlaps(counterparties.roles, filter.roles) : sql`false`);
  if (filter.groupId != null) {
    conditions.push(filter.includeSubgroups === false
      ? eq(counterparties.groupId, filter.groupId)
      : inArray(counterparties.groupId, groups.subtree(filter.groupId)));
  }
  if (filter.responsibleEmployeeId != null) conditions.push(eq(counterparties.responsibleEmployeeId, filter.responsibleEmployeeId));
  if (filter.importance) conditions.push(inArray(counterparties.importance, filter.importance));
  if (filter.informationSourceId != null) conditions.push(eq(counterparties.informationSourceId, filter.informationSourceId));
  if (filter.archived != null) conditions.push(filter.archived ? isNotNull(counterparties.archivedAt) : isNull(counterparties.archivedAt));
  if (filter.updatedSince) conditions.push(gte(counterparties.updatedAt, filter.updatedSince));
  return and(...conditions);
}

/**
 * The keyset order of `orderBy` (NAME when none is given), the id breaking ties, for rows of
 * counterparties or of anything that carries their order's columns (the contact list report).
 */
export function orderKeys<Row extends Pick<CounterpartyRow, 'id' | 'name' | 'createdAt' | 'updatedAt'> = CounterpartyRow>(orderBy: CounterpartyOrder[]): SortKey<Row>[] {
  const keys = (orderBy.length > 0 ? orderBy : [{ field: 'NAME' as const }]).map((order): SortKey<Row> => {
    const descending = order.direction === 'DESC';
    switch (order.field) {
      case 'NAME': return sortBy.text(counterparties.name, (row) => row.name, descending);
      case 'CREATED_AT': return sortBy.instant(counterparties.createdAt, (row) => row.createdAt, descending);
      case 'UPDATED_AT': return sortBy.instant(counterparties.updatedAt, (row) => row.updatedAt, descending);
    }
  });
  const lastDescending = keys.length > 0 && keys[keys.length - 1].descending;
  return [...keys, sortBy.id<Row>(counterparties.id, lastDescending)];
}

/**
 * The columns each `Counterparty` field needs. The lists other modules nest on a counterparty
 * need its key only. The page's order columns come as well (see `list`).
 */
export const counterpartyColumns = columnPlan(counterparties, ['id'], {
  archived: ['archivedAt'],
  responsibleEmployee: reference('responsibleEmployeeId', employeeColumns),
  informationSource: reference('informationSourceId', informationSourceColumns),
  group: ['groupId'],
  parent: ['parentId'],
  objects: [], parameters: [], competitors: [],
  persons: [], vcards: ['name'], chronicle: [], obligations: [], agreements: [], contracts: [], orders: [], settlements: [],
});

/** A page of counterparties of the `columns` chosen for its fields (see db/columns.ts). */
export function list(db: Database, filter: CounterpartyListFilter, orderBy: CounterpartyOrder[], args: PageArgs, columns: ColumnChoice) {
  return selectConnection(db, { table: counterparties, columns }, filterCondition(filter), orderKeys(orderBy), args, { planEachTime: Boolean(filter.search) });
}

export const byIds = (db: Database, ids: readonly number[]) =>
  rowsByIds(db, counterparties, ids);

export const byExternalIds = (db: Database, externalIds: readonly string[]) =>
  rowsByKeys(db, counterparties, counterparties.externalId, externalIds);

export async function insert(db: Database, values: CounterpartyInsert): Promise<CounterpartyRow> {
  const [row] = await db.insert(counterparties).values(values).returning();
  return row;
}

/** The unique constraints a counterparty write can break through its input. */
export const uniqueFields: UniqueFields = {
  counterparties_external_id_key: { field: 'externalId', message: 'Another counterparty already has this externalId.' },
};

export const parameterUniqueFields: UniqueFields = {
  parameter_definitions_code_key: { field: 'code', message: 'Another parameter already has this code.' },
};

export const atVersion = (db: Database, id: number, expectedVersion: number) =>
  rowAtVersion(db, counterparties, id, expectedVersion);

export const update = (db: Database, id: number, expectedVersion: number, values: Partial<CounterpartyInsert>) =>
  updateVersioned(db, counterparties, id, expectedVersion, values);

/** Holdings form a tree through `parent_id`; re-parenting is serialised so no cycle can slip in. */
export const lockHoldingTree = (db: Database) => lockTree(db, counterparties);
export const wouldCycle = (db: Database, id: number, parentId: number) => wouldCycleInTree(db, counterparties, id, parentId);

/** The catalogue's folders, each holding counterparties. */
export const groups = folderTreeRepository(counterpartyGroups, counterparties.groupId);

// Objects, parameters, competitors

export const objectsByCounterparty = (db: Database, ids: readonly number[]) =>
  rowsByParents(db, counterpartyObjects, counterpartyObjects.counterpartyId, ids, [asc(counterpartyObjects.name), asc(counterpartyObjects.id)]);

export const objectsByIds = (db: Database, ids: readonly number[]) =>
  rowsByIds(db, counterpartyObjects, ids);

export const parameterDefinitionsByIds = (db: Database, ids: readonly number[]) =>
  rowsByIds(db, parameterDefinitions, ids);

export const allParameterDefinitions = (db: Database) =>
  db.select().from(parameterDefinitions).orderBy(asc(parameterDefinitions.name));

export const parameterValuesByCounterparty = (db: Database, ids: readonly number[]) =>
  rowsByParents(db, parameterValues, parameterValues.counterpartyId, ids, [asc(parameterValues.parameterId)]);

export const competitorsByCounterparty = (db: Database, ids: readonly number[]) =>
  rowsByParents(db, counterpartyCompetitors, counterpartyCompetitors.counterpartyId, ids,
    [sql`${counterpartyCompetitors.purchaseShare} desc nulls last`, asc(counterpartyCompetitors.competitorId)]);

export const updateObject = (db: Database, id: number, expectedVersion: number, values: Partial<typeof counterpartyObjects.$inferInsert>) =>
  updateVersioned(db, counterpartyObjects, id, expectedVersion, values);

export async function insertObject(db: Database, values: typeof counterpartyObjects.$inferInsert) {
  const [row] = await db.insert(counterpartyObjects).values(values).returning();
  return row;
}

export async function deleteObject(db: Database, id: number): Promise<boolean> {
  const deleted = await db.delete(counterpartyObjects).where(eq(counterpartyObjects.id, id)).returning({ id: counterpartyObjects.id });
  return deleted.length > 0;
}

export async function insertParameterDefinition(db: Database, values: typeof parameterDefinitions.$inferInsert) {
  const [row] = await db.insert(parameterDefinitions).values(values).returning();
  return row;
}

export async function upsertParameterValues(db: Database, rows: (typeof parameterValues.$inferInsert)[]) {
  if (rows.length === 0) return;
  await db.insert(parameterValues).values(rows).onConflictDoUpdate({
    target: [parameterValues.counterpartyId, parameterValues.parameterId],
    set: {
      stringValue: sql`excluded.string_value`,
      numberValue: sql`excluded.number_value`,
      dateValue: sql`excluded.date_value`,
      booleanValue: sql`excluded.boolean_value`,
      updatedAt: sql`now()`,
    },
  });
}

export async function deleteParameterValues(db: Database, counterpartyId: number, parameterIds: number[]) {
  if (parameterIds.length === 0) return;
  await db.delete(parameterValues).where(and(eq(parameterValues.counterpartyId, counterpartyId), inArray(parameterValues.parameterId, parameterIds)));
}

export async function upsertCompetitor(db: Database, values: typeof counterpartyCompetitors.$inferInsert) {
  await db.insert(counterpartyCompetitors).values(values).onConflictDoUpdate({
    target: [counterpartyCompetitors.counterpartyId, counterpartyCompetitors.competitorId],
    set: { purchaseShare: values.purchaseShare ?? null, notes: values.notes ?? null, updatedAt: sql`now()`, version: sql`${counterpartyCompetitors.version} + 1` },
  });
}

export async function deleteCompetitor(db: Database, counterpartyId: number, competitorId: number): Promise<boolean> {
  const deleted = await db.delete(counterpartyCompetitors)
    .where(and(eq(counterpartyCompetitors.counterpartyId, counterpartyId), eq(counterpartyCompetitors.competitorId, competitorId)))
    .returning({ id: counterpartyCompetitors.competitorId });
  return deleted.length > 0;
}

/**
 * Marks a counterparty changed (version and time) because a tab of its card changed. With
 * `expectedVersion` the change only goes through on that version (see updateVersioned).
 */
export async function touch(db: Database, id: number, expectedVersion?: number | null): Promise<VersionedRow<CounterpartyRow>> {
  if (expectedVersion != null) return update(db, id, expectedVersion, {});
  const [row] = await db.update(counterparties)
    .set({ version: sql`${counterparties.version} + 1`, updatedAt: sql`now()` })
    .where(eq(counterparties.id, id)).returning();
  return row ? { status: 'found', row } : { status: 'missing' };
}

/** For imports: the ids of the counterparties with these external ids, by external id. */
export const idsByExternalIds = (db: Database, externalIds: readonly string[]) => idsByKeys(db, counterparties, 'external_id', externalIds);

/** For imports: the counterparties with these external ids, locked until the chunk's transaction ends. */
export const lockedByExternalIds = (db: Database, externalIds: readonly string[]) =>
  lockedRowsByKeys<CounterpartyRow>(db, counterparties, 'external_id', externalIds);

/** The stored parent of each of `ids` and of all their ancestors, in one recursive statement. */
export async function storedAncestry(db: Database, ids: readonly number[]): Promise<Map<number, number | null>> {
  if (ids.length === 0) return new Map();
  const rows = await executeRows<{ id: number | string; parent_id: number | string | null }>(db, sql`
    with recursive chain(id, parent_id) as (
      select id, parent_id from ${counterparties} where id in ${jsonValues(ids, true)}
      union
      select c.id, c.parent_id from ${counterparties} c join chain on c.id = chain.parent_id
    ) select id, parent_id from chain`);
  return new Map(rows.map((row) => [Number(row.id), row.parent_id == null ? null : Number(row.parent_id)]));
}
