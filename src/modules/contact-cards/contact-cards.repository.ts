import { and, asc, eq, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import { lockedRowsByKeys } from '../../db/bulk.js';
import type { Database } from '../../db/client.js';
import { periodEnd, periodStart, type ZonedPeriod } from '../../lib/zoned-period.js';
import { allColumnsOf, rowsByIds, rowsByParents } from '../../db/json-rows.js';
import { selectConnection } from '../../db/paging.js';
import { executeRows } from '../../db/raw.js';
import {
  chronicleEntries, contactCardGroups, contactCardPersons, contactCards, counterparties, personPositions,
  type ContactCardInsert, type ContactCardPersonRow, type ContactCardRow,
} from '../../db/schema/index.js';
import { searchTextMatches } from '../../db/search.js';
import { rowAtVersion, updateVersioned } from '../../db/versioned.js';
import { sortBy, type PageArgs, type SortKey } from '../../lib/connection.js';
import type { UniqueFields } from '../../lib/write.js';
import { folderTreeRepository } from '../folders/folders.repository.js';

/** The unique constraints a card write can break through its input. */
export const uniqueFields: UniqueFields = {
  contact_cards_external_id_key: { field: 'externalId', message: 'Another contact card already has this externalId.' },
};

export const personUniqueFields: UniqueFields = {
  contact_card_persons_card_person_key: { field: 'personId', message: 'This person is already one of the card\'s persons.' },
};

/** The folder tree cards are filed in. */
export const groups = folderTreeRepository(contactCardGroups, contactCards.groupId);

// ---- Duplicates ----

/**
 * Records sharing a contact key with the card `card` (an SQL alias of a contact card row): the
 * counterparties (but the one the card was converted into) and the other cards neither converted
 * (their counterparty stands for them) nor archived. Both sides carry `contact_keys` with a GIN
 * index, so `&&` is an index probe per card, never a scan of the register.
 */
const counterpartyMatch = (card: SQL) =>
  sql`o.contact_keys && ${card}.contact_keys and o.id is distinct from ${card}.converted_counterparty_id`;
const cardMatch = (card: SQL) =>
  sql`o.contact_keys && ${card}.contact_keys and o.id <> ${card}.id and o.converted_counterparty_id is null and o.archived_at is null`;

/** Whether a card (the outer `contact_cards` row of a list) has any duplicate. */
const hasDuplicate = sql`(exists (select 1 from ${counterparties} o where ${counterpartyMatch(sql`${contactCards}`)})
  or exists (select 1 from ${contactCards} o where ${cardMatch(sql`${contactCards}`)}))`;

export type DuplicateKeyKind = 'PHONE' | 'EMAIL' | 'TAX_NUMBER';
export interface DuplicateKey { kind: DuplicateKeyKind; value: string }
/** One record a card shares keys with: a counterparty or another card, and the keys shared. */
export interface CardDuplicate { counterpartyId: number | null; contactCardId: number | null; matches: DuplicateKey[] }

const KEY_KINDS: Record<string, DuplicateKeyKind> = { p: 'PHONE', e: 'EMAIL', t: 'TAX_NUMBER' };
const KIND_ORDER: DuplicateKeyKind[] = ['PHONE', 'EMAIL', 'TAX_NUMBER'];

/** A stored key (`p:380671234567`) as the client reads it. */
function duplicateKey(key: string): DuplicateKey {
  return { kind: KEY_KINDS[key.slice(0, 1)], value: key.slice(2) };
}

/**
 * The duplicates of every card of `cardIds`, in one statement: for each card, the counterparties
 * first, then the cards, each by id, with the keys they share. An index probe (GIN, `&&`) of each
 * side per card; `contact-cards.api.test.ts` checks the plan.
 */
export function duplicatesStatement(cardIds: readonly number[]): SQL {
  const shared = sql`array(select unnest(c.contact_keys) intersect select unnest(o.contact_keys) order by 1)`;
  return sql`
    with cards as (select id, contact_keys, converted_counterparty_id from ${contactCards} where id = any(${sql.param([...cardIds])}::bigint[]))
    select c.id as card_id, o.id as counterparty_id, null::bigint as match_card_id, ${shared} as keys
    from cards c join ${counterparties} o on ${counterpartyMatch(sql`c`)}
    union all
    select c.id, null::bigint, o.id, ${shared}
    from cards c join ${contactCards} o on ${cardMatch(sql`c`)}
    order by 1, 2 nulls last, 3`;
}

export async function duplicatesByCards(db: Database, cardIds: readonly number[]): Promise<Map<number, CardDuplicate[]>> {
  const rows = await executeRows<{ card_id: number | string; counterparty_id: number | string | null; match_card_id: number | string | null; keys: string[] | string }>(
    db, duplicatesStatement(cardIds));
  const byCard = new Map<number, CardDuplicate[]>();
  for (const row of rows) {
    const keys = typeof row.keys === 'string' ? parseTextArray(row.keys) : row.keys;
    const matches = keys.map(duplicateKey).sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.value.localeCompare(b.value));
    const cardId = Number(row.card_id);
    byCard.set(cardId, [...(byCard.get(cardId) ?? []), {
      counterpartyId: row.counterparty_id === null ? null : Number(row.counterparty_id),
      contactCardId: row.match_card_id === null ? null : Number(row.match_card_id),
      matches,
    }]);
  }
  return byCard;
}

/** A text[] as PostgreSQL writes it (`{p:1,e:a@b.c}`), for a driver that leaves it so; keys hold no quotes, commas or braces. */
function parseTextArray(text: string): string[] {
  const inner = text.slice(1, -1);
  return inner === '' ? [] : inner.split(',').map((item) => item.replace(/^"|"$/g, ''));
}

// ---- Reading ----

/** A card filter with ids decoded; every given condition must hold. */
export interface ContactCardFilter {
  search?: string | null;
  groupId?: number | null;
  includeSubgroups?: boolean | null;
  responsibleEmployeeId?: number | null;
  informationSourceId?: number | null;
  converted?: boolean | null;
  archived?: boolean | null;
  hasDuplicates?: boolean | null;
}

function conditions(filter: ContactCardFilter): SQL | undefined {
  return and(
    filter.search ? searchTextMatches(contactCards.searchText, filter.search) : undefined,
    filter.groupId != null
      ? (filter.includeSubgroups === false ? eq(contactCards.groupId, filter.groupId) : inArray(contactCards.groupId, groups.subtree(filter.groupId)))
      : undefined,
    filter.responsibleEmployeeId != null ? eq(contactCards.responsibleEmployeeId, filter.responsibleEmployeeId) : undefined,
    filter.informationSourceId != null ? eq(contactCards.informationSourceId, filter.informationSourceId) : undefined,
    filter.converted != null ? (filter.converted ? isNotNull(contactCards.convertedCounterpartyId) : isNull(contactCards.convertedCounterpartyId)) : undefined,
    filter.archived != null ? (filter.archived ? isNotNull(contactCards.archivedAt) : isNull(contactCards.archivedAt)) : undefined,
    filter.hasDuplicates != null ? (filter.hasDuplicates ? hasDuplicate : sql`not ${hasDuplicate}`) : undefined,
  );
}

/** Newest first. */
const newestFirst: SortKey<ContactCardRow>[] = [sortBy.id<ContactCardRow>(contactCards.id, true)];

export const listCards = (db: Database, filter: ContactCardFilter, args: PageArgs) =>
  selectConnection(db, allColumnsOf(contactCards), conditions(filter), newestFirst, args, { planEachTime: Boolean(filter.search) });

export const cardsByIds = (db: Database, ids: readonly number[]) => rowsByIds(db, contactCards, ids);

/** The cards converted into (or attached to) each of `counterpartyIds`, first converted first. */
export const cardsByCounterparties = (db: Database, counterpartyIds: readonly number[]) =>
  rowsByParents(db, contactCards, contactCards.convertedCounterpartyId, counterpartyIds, [asc(contactCards.convertedAt), asc(contactCards.id)]);

export const cardAtVersion = (db: Database, id: number, expectedVersion: number) => rowAtVersion(db, contactCards, id, expectedVersion);

/** For imports: the cards with these external ids, locked until the chunk's transaction ends. */
export const lockedByExternalIds = (db: Database, externalIds: readonly string[]) =>
  lockedRowsByKeys<ContactCardRow>(db, contactCards, 'external_id', externalIds);

// ---- Writing ----

export async function insertCard(db: Database, values: ContactCardInsert): Promise<ContactCardRow> {
  const [row] = await db.insert(contactCards).values(values).returning();
  return row;
}

export const updateCard = (db: Database, id: number, expectedVersion: number, values: Partial<ContactCardInsert>) =>
  updateVersioned(db, contactCards, id, expectedVersion, values);

// ---- Persons ----

/** Each card's persons, the primary first, then as added. */
export const personsByCards = (db: Database, cardIds: readonly number[]) =>
  rowsByParents(db, contactCardPersons, contactCardPersons.contactCardId, cardIds, [sql`${contactCardPersons.isPrimary} desc`, asc(contactCardPersons.id)]);

export async function insertCardPerson(db: Database, values: typeof contactCardPersons.$inferInsert): Promise<ContactCardPersonRow> {
  const [row] = await db.insert(contactCardPersons).values(values).returning();
  return row;
}

export async function deleteCardPerson(db: Database, cardId: number, personId: number): Promise<boolean> {
  const deleted = await db.delete(contactCardPersons)
    .where(and(eq(contactCardPersons.contactCardId, cardId), eq(contactCardPersons.personId, personId)))
    .returning({ id: contactCardPersons.id });
  return deleted.length > 0;
}

/** Which of `pairs` have the person among the card's persons, in one statement. */
export async function cardPersonsHeld(
  db: Database, pairs: readonly { personId: number; contactCardId: number }[],
): Promise<(personId: number, contactCardId: number) => boolean> {
  const pairKey = (personId: number, cardId: number) => `${personId}:${cardId}`;
  if (pairs.length === 0) return () => false;
  const held = await executeRows<{ person_id: number | string; contact_card_id: number | string }>(db, sql`
    select p.person_id, p.contact_card_id
    from jsonb_to_recordset(${JSON.stringify(pairs.map((pair) => ({ person_id: pair.personId, contact_card_id: pair.contactCardId })))}::jsonb)
      as x(person_id bigint, contact_card_id bigint)
    join ${contactCardPersons} p on p.person_id = x.person_id and p.contact_card_id = x.contact_card_id`);
  const found = new Set(held.map((pair) => pairKey(Number(pair.person_id), Number(pair.contact_card_id))));
  return (personId, cardId) => found.has(pairKey(personId, cardId));
}

/**
 * Moves the card's persons to positions at the counterparty (a person who already holds one there
 * keeps it and gets no second), and takes them off the card: one statement.
 */
export async function movePersonsToCounterparty(db: Database, cardId: number, counterpartyId: number): Promise<number> {
  const rows = await executeRows<{ moved: number }>(db, sql`
    with taken as (
      delete from ${contactCardPersons} where contact_card_id = ${cardId}
      returning person_id, title, role, is_primary
    ), added as (
      insert into ${personPositions} (person_id, counterparty_id, title, role, is_primary)
      select t.person_id, ${counterpartyId}::bigint, t.title, t.role, t.is_primary from taken t
      where not exists (select 1 from ${personPositions} p where p.person_id = t.person_id and p.counterparty_id = ${counterpartyId}::bigint)
      returning 1
    )
    select (select count(*) from taken)::int as moved`);
  return rows[0]?.moved ?? 0;
}

// ---- The call log ----

/** A period of whole days of a time zone: from the start of `from` to the end of `to`. */

export interface CallLogCell { day: string; informationSourceId: number | null; calls: number }

/**
 * Calls (chronicle entries of kind CALL, done) per day of `timeZone` and information source the
 * caller named, in `direction` (both when null): one statement grouping in PostgreSQL, reading
 * the calls by the partial index on their time. Cells without calls are left out.
 */
export async function callLog(db: Database, period: ZonedPeriod, direction: 'INCOMING' | 'OUTGOING' | null): Promise<CallLogCell[]> {
  const tz = period.timeZone;
  const rows = await executeRows<{ day: string; source_id: number | string | null; calls: number }>(db, sql`
    select (occurred_at at time zone ${tz})::date::text as day, information_source_id as source_id, count(*)::int as calls
    from ${chronicleEntries}
    where kind = 'CALL' and status = 'DONE'
      and occurred_at >= ${periodStart(period)} and occurred_at < ${periodEnd(period)}
      ${direction ? sql`and direction = ${direction}` : sql``}
    group by 1, 2
    order by 1, 2 nulls last`);
  return rows.map((row) => ({ day: row.day, informationSourceId: row.source_id === null ? null : Number(row.source_id), calls: row.calls }));
}
