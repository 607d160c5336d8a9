import { and, asc, desc, eq, exists, gte, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { idsByKeys, insertRows, jsonValues, lockedRowsByKeys, updateMany } from '../../db/bulk.js';
import type { Database } from '../../db/client.js';
import { columnPlan, type ColumnChoice } from '../../db/columns.js';
import { selectConnection } from '../../db/paging.js';
import { allColumnsOf, isAnyOf, readRowsByParent, rowsByIds, rowsByParents } from '../../db/json-rows.js';
import { rowAtVersion, updateVersioned } from '../../db/versioned.js';
import { personPositions, persons, type PersonPositionRow, type PersonRow } from '../../db/schema/index.js';
import { sortBy, type PageArgs, type SortKey } from '../../lib/connection.js';
import type { UniqueFields } from '../../lib/write.js';
import { searchTextMatches } from '../../db/search.js';
import { executeRows } from '../../db/raw.js';

export type PersonInsert = typeof persons.$inferInsert;
export type PositionInsert = Omit<typeof personPositions.$inferInsert, 'personId'>;

/** The unique constraints a person write can break through its input. */
export const uniqueFields: UniqueFields = {
  persons_external_id_key: { field: 'externalId', message: 'Another person already has this externalId.' },
};

export interface PersonListFilter {
  search?: string | null;
  counterpartyId?: number | null;
  archived?: boolean | null;
}

/** A position is held on `today` (an ISO date) when it has no end date or ends today or later. */
export const heldOn = (today: string) => or(isNull(personPositions.endDate), gte(personPositions.endDate, today));

/**
 * Persons read by last name, first name, id. First name is nullable and keyset keys must not be,
 * so it sorts as '' when absent.
 */
const nameOrder: SortKey<PersonRow>[] = [
  sortBy.text<PersonRow>(persons.lastName, (row) => row.lastName),
  { name: 'persons.first_name', column: sql`coalesce(${persons.firstName}, '')`, type: 'text', descending: false, valueOf: (row) => row.firstName ?? '' },
  sortBy.id<PersonRow>(persons.id),
];

export function listPersons(db: Database, filter: PersonListFilter, today: string, args: PageArgs) {
  const conditions: (SQL | undefined)[] = [];
  if (filter.search) conditions.push(searchTextMatches(persons.searchText, filter.search));
  if (filter.counterpartyId != null) {
    conditions.push(exists(db.select({ one: sql`1` }).from(personPositions).where(and(
      eq(personPositions.personId, persons.id),
      eq(personPositions.counterpartyId, filter.counterpartyId),
      heldOn(today),
    ))));
  }
  if (filter.archived != null) conditions.push(filter.archived ? isNotNull(persons.archivedAt) : isNull(persons.archivedAt));
  return selectConnection(db, allColumnsOf(persons), and(...conditions), nameOrder, args, { planEachTime: Boolean(filter.search) });
}

export const personsByIds = (db: Database, ids: readonly number[]) =>
  rowsByIds(db, persons, ids);

export async function personByExternalId(db: Database, externalId: string): Promise<PersonRow | null> {
  const [row] = await db.select().from(persons).where(eq(persons.externalId, externalId)).limit(1);
  return row ?? null;
}

/** Positions of many persons, primary first, then the latest (open-ended first). */
export const positionsByPersonIds = (db: Database, personIds: readonly number[]) =>
  rowsByParents(db, personPositions, personPositions.personId, personIds, [
    desc(personPositions.isPrimary),
    sql`${personPositions.endDate} desc nulls first`, sql`${personPositions.startDate} desc nulls last`, asc(personPositions.id),
  ]);

/**
 * The non-archived persons with a position at each of `counterpartyIds`, in one statement: each
 * person once per counterparty, primary contacts first, then by name. With `includeFormer`
 * positions that have ended count too.
 */
export const personsByCounterpartyIds = (db: Database, counterpartyIds: readonly number[], includeFormer: boolean, today: string, columns: ColumnChoice) =>
  readRowsByParent(db, { table: persons, columns }, {
    parent: personPositions.counterpartyId,
    orderBy: [
      asc(personPositions.counterpartyId), sql`bool_or(${personPositions.isPrimary}) desc`,
      asc(persons.lastName), sql`coalesce(${persons.firstName}, '')`, asc(persons.id),
    ],
  }, (fields) => db.select(fields)
    .from(personPositions)
    .innerJoin(persons, eq(persons.id, personPositions.personId))
    .where(and(isAnyOf(personPositions.counterpartyId, counterpartyIds), isNull(persons.archivedAt), includeFormer ? undefined : heldOn(today)))
    .groupBy(personPositions.counterpartyId, persons.id));

/** The columns each `Person` field needs; the key always comes. */
export const personColumns = columnPlan(persons, ['id'], {
  fullName: ['lastName', 'firstName', 'middleName'],
  archived: ['archivedAt'],
  positions: [],
  counterparties: [],
  vcard: ['lastName', 'firstName', 'middleName', 'phones', 'emails', 'birthday', 'notes', 'updatedAt'],
});

export async function insertPerson(db: Database, values: PersonInsert): Promise<PersonRow> {
  const [row] = await db.insert(persons).values(values).returning();
  return row;
}

/** Replaces all positions of a person with `positions`. */
export async function replacePositions(db: Database, personId: number, positions: PositionInsert[]): Promise<void> {
  await db.delete(personPositions).where(eq(personPositions.personId, personId));
  await insertPositions(db, personId, positions);
}

export async function insertPositions(db: Database, personId: number, positions: PositionInsert[]): Promise<PersonPositionRow[]> {
  if (positions.length === 0) return [];
  return db.insert(personPositions).values(positions.map((position) => ({ ...position, personId }))).returning();
}

export const personAtVersion = (db: Database, id: number, expectedVersion: number) =>
  rowAtVersion(db, persons, id, expectedVersion);

export const updatePerson = (db: Database, id: number, expectedVersion: number, values: Partial<PersonInsert>) =>
  updateVersioned(db, persons, id, expectedVersion, values);

/**
 * Which of `pairs` have the person holding, or having held, a position at the counterparty, in
 * one statement: answered as a test of a person and a counterparty.
 */
export async function positionsHeld(
  db: Database, pairs: readonly { personId: number; counterpartyId: number }[],
): Promise<(personId: number, counterpartyId: number) => boolean> {
  const pairKey = (personId: number, counterpartyId: number) => `${personId}:${counterpartyId}`;
  if (pairs.length === 0) return () => false;
  const held = await executeRows<{ person_id: number | string; counterparty_id: number | string }>(db, sql`
    select distinct p.person_id, p.counterparty_id
    from jsonb_to_recordset(${JSON.stringify(pairs.map((pair) => ({ person_id: pair.personId, counterparty_id: pair.counterpartyId })))}::jsonb)
      as x(person_id bigint, counterparty_id bigint)
    join ${personPositions} p on p.person_id = x.person_id and p.counterparty_id = x.counterparty_id`);
  const found = new Set(held.map((pair) => pairKey(Number(pair.person_id), Number(pair.counterparty_id))));
  return (personId, counterpartyId) => found.has(pairKey(personId, counterpartyId));
}

/**
 * The counterparty where the person holds a current position (not ended by `today`), the primary
 * one first, then the earliest; null when the person holds none.
 */
export async function currentCounterpartyOf(db: Database, personId: number, today: string): Promise<number | null> {
  const [row] = await executeRows<{ counterparty_id: number | string }>(db, sql`
    select counterparty_id from ${personPositions}
    where person_id = ${personId} and (end_date is null or end_date > ${today}::date)
    order by is_primary desc, id limit 1`);
  return row ? Number(row.counterparty_id) : null;
}

/** For imports: the persons with these external ids, locked until the chunk's transaction ends. */
export const lockedByExternalIds = (db: Database, externalIds: readonly string[]) =>
  lockedRowsByKeys<PersonRow>(db, persons, 'external_id', externalIds);

/** For imports: the persons with these ids, locked until the chunk's transaction ends. */
export const lockedByIds = (db: Database, ids: readonly number[]): Promise<PersonRow[]> =>
  (ids.length === 0 ? Promise.resolve([]) : db.select().from(persons).where(inArray(persons.id, [...ids])).orderBy(asc(persons.id)).for('no key update'));

/** For imports: the ids of the persons with these external ids, by external id. */
export const idsByExternalIds = (db: Database, externalIds: readonly string[]) => idsByKeys(db, persons, 'external_id', externalIds);

/** For imports: replaces whole stored persons (the stored row with the changes applied), bumping their versions. */
export const updatePersonsWhole = (db: Database, rows: readonly (PersonRow & { id: number })[]) => updateMany(db, persons, rows);

/** For imports: replaces every position of `personIds` with `positions` (each naming its person), in two statements. */
export async function replacePositionsOfMany(
  db: Database, personIds: readonly number[], positions: readonly (PositionInsert & { personId: number })[],
): Promise<void> {
  if (personIds.length > 0) {
    await db.execute(sql`delete from ${personPositions} where ${personPositions.personId} in ${jsonValues([...personIds], true)}`);
  }
  await insertRows(db, personPositions, positions);
}
