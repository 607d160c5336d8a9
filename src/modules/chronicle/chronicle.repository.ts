import { and, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import { lockedRowsByKeys } from '../../db/bulk.js';
import type { Database } from '../../db/client.js';
import { columnPlan, EVERY_COLUMN, reference, type ColumnChoice } from '../../db/columns.js';
import { employeeColumns, informationSourceColumns } from '../catalogues/catalogues.repository.js';
import { counterpartyColumns } from '../counterparties/counterparties.repository.js';
import { personColumns } from '../persons/persons.repository.js';
import { countsByParent, pagesByParent, selectConnection, type ListPerParent } from '../../db/paging.js';
import { allColumnsOf, rowsByIds } from '../../db/json-rows.js';
import { rowAtVersion, updateVersioned } from '../../db/versioned.js';
import { chronicleEntries, type ChronicleEntryRow } from '../../db/schema/index.js';
import { sortBy, type Page, type PageArgs, type SortKey } from '../../lib/connection.js';
import type { UniqueFields } from '../../lib/write.js';

export type ChronicleKind = ChronicleEntryRow['kind'];
export type ChronicleStatus = ChronicleEntryRow['status'];
export type ContactChannel = NonNullable<ChronicleEntryRow['channel']>;
export type ContactDirection = NonNullable<ChronicleEntryRow['direction']>;

/** The unique constraints a chronicle write can break through its input. */
export const uniqueFields: UniqueFields = {
  chronicle_entries_external_id_key: { field: 'externalId', message: 'Another chronicle entry already has this externalId.' },
};

/** A chronicle filter with ids already decoded; every given condition must hold. */
export interface ChronicleFilter {
  counterpartyId?: number | null;
  kinds?: ChronicleKind[] | null;
  statuses?: ChronicleStatus[] | null;
  channels?: ContactChannel[] | null;
  direction?: ContactDirection | null;
  responsibleEmployeeId?: number | null;
  from?: Date | null;
  to?: Date | null;
}

/** Newest first: by the instant the entry happened (or is planned, or was registered), the id breaking ties. */
export const entryOrder: SortKey<ChronicleEntryRow>[] = [
  sortBy.instant<ChronicleEntryRow>(chronicleEntries.occurredAt, (row) => row.occurredAt, true),
  sortBy.id<ChronicleEntryRow>(chronicleEntries.id, true),
];

/** The columns each `ChronicleEntry` field needs; the page's order and the parent key always come. */
export const entryColumns = columnPlan(chronicleEntries, ['id', 'counterpartyId', 'occurredAt'], {
  counterparty: reference('counterpartyId', counterpartyColumns),
  person: reference('personId', personColumns),
  responsibleEmployee: reference('responsibleEmployeeId', employeeColumns),
  informationSource: reference('informationSourceId', informationSourceColumns),
  // Read by the service-cards module by the entry's id: the key is enough.
  serviceVisit: [],
  // Read by the claims module by the entry's claim id.
  claim: ['claimId'],
  // Read by the contact-cards module by the entry's card id.
  contactCard: ['contactCardId'],
  // Read by the email module by the entry's id, for EMAIL entries only.
  email: ['kind'],
});

/** The SQL of `filter` on `chronicle_entries`: the lists and the contacts report take the same conditions. */
export function conditions(filter: ChronicleFilter): SQL | undefined {
  const where: (SQL | undefined)[] = [];
  if (filter.counterpartyId != null) where.push(eq(chronicleEntries.counterpartyId, filter.counterpartyId));
  if (filter.kinds) where.push(inArray(chronicleEntries.kind, filter.kinds));
  if (filter.statuses) where.push(inArray(chronicleEntries.status, filter.statuses));
  if (filter.channels) where.push(inArray(chronicleEntries.channel, filter.channels));
  if (filter.direction) where.push(eq(chronicleEntries.direction, filter.direction));
  if (filter.responsibleEmployeeId != null) where.push(eq(chronicleEntries.responsibleEmployeeId, filter.responsibleEmployeeId));
  if (filter.from) where.push(gte(chronicleEntries.occurredAt, filter.from));
  if (filter.to) where.push(lt(chronicleEntries.occurredAt, filter.to));
  return and(...where);
}

export const listEntries = (db: Database, filter: ChronicleFilter, args: PageArgs) =>
  selectConnection(db, allColumnsOf(chronicleEntries), conditions(filter), entryOrder, args);

/** The entries of a counterparty matching `filter`, of the `columns` chosen (see db/columns.ts). */
const counterpartyEntries = (filter: ChronicleFilter, columns: ColumnChoice): ListPerParent<typeof chronicleEntries> =>
  ({ table: chronicleEntries, columns, parent: chronicleEntries.counterpartyId, where: conditions(filter), keys: entryOrder });

/**
 * The page of entries of every counterparty in `counterpartyIds`, in one statement, read from the
 * (counterparty, occurred_at, id) index (see `pagesByParent`).
 */
export const pagesByCounterparty = (db: Database, counterpartyIds: readonly number[], filter: ChronicleFilter, page: Page, columns: ColumnChoice) =>
  pagesByParent(db, counterpartyEntries(filter, columns), counterpartyIds, page);

/** The entries about a claim, of the `columns` chosen. */
const claimEntries = (columns: ColumnChoice): ListPerParent<typeof chronicleEntries> =>
  ({ table: chronicleEntries, columns, parent: chronicleEntries.claimId, keys: entryOrder });

/** The page of entries of every claim in `claimIds`, in one statement, read from the (claim, occurred_at, id) index. */
export const pagesByClaim = (db: Database, claimIds: readonly number[], page: Page, columns: ColumnChoice) =>
  pagesByParent(db, claimEntries(columns), claimIds, page);

/** How many entries each of `claimIds` has, in one statement. */
export const countsByClaim = (db: Database, claimIds: readonly number[]) =>
  countsByParent(db, claimEntries(EVERY_COLUMN), claimIds);

/** The entries of a contact card, of the `columns` chosen. */
const contactCardEntries = (columns: ColumnChoice): ListPerParent<typeof chronicleEntries> =>
  ({ table: chronicleEntries, columns, parent: chronicleEntries.contactCardId, keys: entryOrder });

/** The page of entries of every card in `cardIds`, in one statement, read from the (contact card, occurred_at, id) index. */
export const pagesByContactCard = (db: Database, cardIds: readonly number[], page: Page, columns: ColumnChoice) =>
  pagesByParent(db, contactCardEntries(columns), cardIds, page);

/** How many entries each of `cardIds` has, in one statement. */
export const countsByContactCard = (db: Database, cardIds: readonly number[]) =>
  countsByParent(db, contactCardEntries(EVERY_COLUMN), cardIds);

/**
 * Moves a contact card's whole chronicle to the counterparty it became: the entries keep their
 * ids, times and links, only their owner changes (a card's entries name no claim).
 */
export async function moveCardEntries(db: Database, cardId: number, counterpartyId: number): Promise<number> {
  const moved = await db.update(chronicleEntries)
    .set({ contactCardId: null, counterpartyId, version: sql`${chronicleEntries.version} + 1`, updatedAt: sql`now()` })
    .where(eq(chronicleEntries.contactCardId, cardId))
    .returning({ id: chronicleEntries.id });
  return moved.length;
}

/** How many entries match `filter` per counterparty, for all of `counterpartyIds` in one statement. */
export const countsByCounterparty = (db: Database, counterpartyIds: readonly number[], filter: ChronicleFilter) =>
  countsByParent(db, counterpartyEntries(filter, EVERY_COLUMN), counterpartyIds);

export const entriesByIds = (db: Database, ids: readonly number[]) =>
  rowsByIds(db, chronicleEntries, ids);

export const entryAtVersion = (db: Database, id: number, expectedVersion: number) =>
  rowAtVersion(db, chronicleEntries, id, expectedVersion);

export async function insertEntry(db: Database, values: typeof chronicleEntries.$inferInsert) {
  const [row] = await db.insert(chronicleEntries).values(values).returning();
  return row;
}

/** Applies `values` if the entry is still at `expectedVersion` (see updateVersioned). */
export const updateEntry = (db: Database, id: number, expectedVersion: number, values: Partial<typeof chronicleEntries.$inferInsert>) =>
  updateVersioned(db, chronicleEntries, id, expectedVersion, values);

/** For imports: the entries with these external ids, locked until the chunk's transaction ends. */
export const lockedByExternalIds = (db: Database, externalIds: readonly string[]) =>
  lockedRowsByKeys<ChronicleEntryRow>(db, chronicleEntries, 'external_id', externalIds);
