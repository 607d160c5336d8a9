import { and, asc, desc, eq, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import { lockedRowsByKeys } from '../../db/bulk.js';
import type { Database } from '../../db/client.js';
import { allColumnsOf, rowsByIds, rowsByParents } from '../../db/json-rows.js';
import { selectConnection } from '../../db/paging.js';
import { executeRows } from '../../db/raw.js';
import {
  contractLines, products, serviceCardGroups, serviceCards, serviceVisits, type ServiceCardRow, type ServiceVisitRow,
} from '../../db/schema/index.js';
import { rowAtVersion, updateVersioned } from '../../db/versioned.js';
import { sortBy, type PageArgs, type SortKey } from '../../lib/connection.js';
import type { UniqueFields } from '../../lib/write.js';
import { folderTreeRepository } from '../folders/folders.repository.js';

export type ServiceCardInsert = typeof serviceCards.$inferInsert;
export type ServiceCardStatus = ServiceCardRow['status'];
export type ServiceVisitInsert = typeof serviceVisits.$inferInsert;
export type ServiceVisitStatus = ServiceVisitRow['status'];

/** The unique constraints a card or visit write can break through its input. */
export const uniqueFields: UniqueFields = {
  service_cards_external_id_key: { field: 'externalId', message: 'Another service card already has this externalId.' },
  service_cards_number_key: { field: 'number', message: 'Another service card already has this number.' },
  service_visits_card_date_key: { field: 'plannedDate', message: 'The card already has a visit on this date.' },
};

export const groups = folderTreeRepository(serviceCardGroups, serviceCards.groupId);

/** A card filter with ids already decoded; every given condition must hold. */
export interface ServiceCardFilter {
  counterpartyId?: number | null;
  contractId?: number | null;
  engineerId?: number | null;
  groupId?: number | null;
  includeSubgroups?: boolean | null;
  statuses?: ServiceCardStatus[] | null;
  archived?: boolean | null;
}

function conditions(filter: ServiceCardFilter): SQL | undefined {
  const where: (SQL | undefined)[] = [];
  if (filter.counterpartyId != null) where.push(eq(serviceCards.counterpartyId, filter.counterpartyId));
  if (filter.contractId != null) where.push(eq(serviceCards.contractId, filter.contractId));
  if (filter.engineerId != null) where.push(eq(serviceCards.engineerId, filter.engineerId));
  if (filter.groupId != null) {
    where.push(filter.includeSubgroups === false
      ? eq(serviceCards.groupId, filter.groupId)
      : inArray(serviceCards.groupId, groups.subtree(filter.groupId)));
  }
  if (filter.statuses) where.push(inArray(serviceCards.status, filter.statuses));
  if (filter.archived != null) where.push(filter.archived ? isNotNull(serviceCards.archivedAt) : isNull(serviceCards.archivedAt));
  return and(...where);
}

/** Newest first. */
const newestFirst: SortKey<ServiceCardRow>[] = [sortBy.id<ServiceCardRow>(serviceCards.id, true)];

export const listCards = (db: Database, filter: ServiceCardFilter, args: PageArgs) =>
  selectConnection(db, allColumnsOf(serviceCards), conditions(filter), newestFirst, args);

export const cardsByIds = (db: Database, ids: readonly number[]) => rowsByIds(db, serviceCards, ids);

/** The cards of all `counterpartyIds`, each counterparty's newest first; archived ones left out. */
export const cardsByCounterparties = (db: Database, counterpartyIds: readonly number[]) =>
  rowsByParents(db, serviceCards, serviceCards.counterpartyId, counterpartyIds, [desc(serviceCards.id)], isNull(serviceCards.archivedAt));

/** For imports: the cards with these external ids, locked until the chunk's transaction ends. */
export const lockedByExternalIds = (db: Database, externalIds: readonly string[]) =>
  lockedRowsByKeys<ServiceCardRow>(db, serviceCards, 'external_id', externalIds);

export const cardAtVersion = (db: Database, id: number, expectedVersion: number) =>
  rowAtVersion(db, serviceCards, id, expectedVersion);

export async function insertCard(db: Database, values: ServiceCardInsert): Promise<ServiceCardRow> {
  const [row] = await db.insert(serviceCards).values(values).returning();
  return row;
}

export const updateCard = (db: Database, id: number, expectedVersion: number, values: Partial<ServiceCardInsert>) =>
  updateVersioned(db, serviceCards, id, expectedVersion, values);

/**
 * The card `id` read under a row lock, so that two writers of its schedule (two
 * `generateServiceSchedule` calls, a generation and a manual visit) take turns.
 */
export async function lockedCard(db: Database, id: number): Promise<ServiceCardRow | null> {
  const [row] = await db.select().from(serviceCards).where(eq(serviceCards.id, id)).for('update');
  return row ?? null;
}

/** Whether the contract's specification holds a product of type SERVICE. */
export async function contractHasService(db: Database, contractId: number): Promise<boolean> {
  const rows = await executeRows<{ found: boolean }>(db, sql`
    select exists (
      select 1 from ${contractLines} join ${products} on ${products.id} = ${contractLines.productId}
      where ${contractLines.contractId} = ${contractId} and ${products.type} = 'SERVICE'
    ) as found`);
  return rows[0]?.found === true;
}

/** The visits of all `cardIds`, each card's by planned date. */
export const visitsByCards = (db: Database, cardIds: readonly number[]) =>
  rowsByParents(db, serviceVisits, serviceVisits.cardId, cardIds, [asc(serviceVisits.plannedDate), asc(serviceVisits.id)]);

/** The visits that wrote each of `entryIds` to the chronicle (at most one each). */
export const visitsByChronicleEntries = (db: Database, entryIds: readonly number[]) =>
  rowsByParents(db, serviceVisits, serviceVisits.chronicleEntryId, entryIds, [asc(serviceVisits.id)]);

export const visitsByIds = (db: Database, ids: readonly number[]) => rowsByIds(db, serviceVisits, ids);

export const visitAtVersion = (db: Database, id: number, expectedVersion: number) =>
  rowAtVersion(db, serviceVisits, id, expectedVersion);

/** All visits of one card, read fresh inside a schedule write. */
export const visitsOfCard = (db: Database, cardId: number): Promise<ServiceVisitRow[]> =>
  db.select().from(serviceVisits).where(eq(serviceVisits.cardId, cardId)).orderBy(asc(serviceVisits.plannedDate), asc(serviceVisits.id));

export async function insertVisit(db: Database, values: ServiceVisitInsert): Promise<ServiceVisitRow> {
  const [row] = await db.insert(serviceVisits).values(values).returning();
  return row;
}

export async function insertVisits(db: Database, values: readonly ServiceVisitInsert[]): Promise<void> {
  if (values.length > 0) await db.insert(serviceVisits).values([...values]);
}

/** Removes the card's generated visits that are still only planned: what a re-generation replaces. */
export async function deletePlannedGeneratedVisits(db: Database, cardId: number): Promise<number> {
  const deleted = await db.delete(serviceVisits)
    .where(and(eq(serviceVisits.cardId, cardId), eq(serviceVisits.origin, 'GENERATED'), eq(serviceVisits.status, 'PLANNED')))
    .returning({ id: serviceVisits.id });
  return deleted.length;
}

export const updateVisit = (db: Database, id: number, expectedVersion: number, values: Partial<ServiceVisitInsert>) =>
  updateVersioned(db, serviceVisits, id, expectedVersion, values);
