import { and, eq, ne, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/client.js';
import { allColumnsOf, isAnyOf, readRows, rowsByParents } from '../../db/json-rows.js';
import { selectConnection } from '../../db/paging.js';
import {
  agreements, appealActions, appeals, attachments, chronicleEntries, claims, contractLines, contracts, counterparties, obligationFulfilments, obligations, orderLines,
  orders, payments, personPositions, persons, serviceCards, serviceVisits, shipments,
} from '../../db/schema/index.js';
import type { PageArgs, SortKey } from '../../lib/connection.js';

/**
 * The partner portal's wall: which rows of each table it may show are a partner's. Every portal
 * read goes through the functions below, which take the partner's counterparty id and put it into
 * the statement with this condition; a portal resolver has no other way to the database.
 * PostgreSQL's row-level security (drizzle/…_portal_row_security.sql) states the same conditions
 * once more, as a second wall under the portal's requests.
 */
export const ofPartner = {
  counterparties: (partnerId: number) => eq(counterparties.id, partnerId),
  /** A person is the partner's while it holds or held a position there. */
  persons: (partnerId: number) =>
    sql`exists (select 1 from ${personPositions} where ${personPositions.personId} = ${persons.id} and ${personPositions.counterpartyId} = ${partnerId})`,
  personPositions: (partnerId: number) => eq(personPositions.counterpartyId, partnerId),
  /** Its individual agreements; typical ones are the company's, shared by a segment. */
  agreements: (partnerId: number) => eq(agreements.counterpartyId, partnerId),
  contracts: (partnerId: number) => eq(contracts.counterpartyId, partnerId),
  contractLines: (partnerId: number) => sql`${contractLines.contractId} in (${idsOf(contracts, contracts.counterpartyId, partnerId)})`,
  orders: (partnerId: number) => eq(orders.counterpartyId, partnerId),
  orderLines: (partnerId: number) => sql`${orderLines.orderId} in (${idsOf(orders, orders.counterpartyId, partnerId)})`,
  shipments: (partnerId: number) => sql`${shipments.orderId} in (${idsOf(orders, orders.counterpartyId, partnerId)})`,
  payments: (partnerId: number) => sql`${payments.orderId} in (${idsOf(orders, orders.counterpartyId, partnerId)})`,
  obligations: (partnerId: number) => eq(obligations.counterpartyId, partnerId),
  /** The chronicle of the partner's obligations. */
  obligationFulfilments: (partnerId: number) => sql`${obligationFulfilments.obligationId} in (${idsOf(obligations, obligations.counterpartyId, partnerId)})`,
  serviceCards: (partnerId: number) => eq(serviceCards.counterpartyId, partnerId),
  serviceVisits: (partnerId: number) => sql`${serviceVisits.cardId} in (${idsOf(serviceCards, serviceCards.counterpartyId, partnerId)})`,
  appeals: (partnerId: number) => eq(appeals.counterpartyId, partnerId),
  /** Only the actions staff share with the client (and the client's own comments); never a handover, which names employees. */
  appealActions: (partnerId: number) =>
    and(eq(appealActions.visibleToClient, true), ne(appealActions.kind, 'ASSIGNED'), sql`${appealActions.appealId} in (${idsOf(appeals, appeals.counterpartyId, partnerId)})`)!,
  claims: (partnerId: number) => eq(claims.counterpartyId, partnerId),
  /** A claim's events: the entries of its chronicle shared with the client, and the client's comments. */
  claimEvents: (partnerId: number) => and(
    eq(chronicleEntries.counterpartyId, partnerId), eq(chronicleEntries.visibleToClient, true),
    sql`${chronicleEntries.claimId} in (${idsOf(claims, claims.counterpartyId, partnerId)})`,
  )!,
  /** Files of the partner's appeals and claims, once their bytes are all stored. */
  attachments: (partnerId: number) => and(eq(attachments.state, 'STORED'), or(
    sql`${attachments.appealId} in (${idsOf(appeals, appeals.counterpartyId, partnerId)})`,
    sql`${attachments.claimId} in (${idsOf(claims, claims.counterpartyId, partnerId)})`,
  ))!,
} satisfies Record<string, (partnerId: number) => SQL>;

export type ScopedTable = keyof typeof ofPartner;

const tables = {
  counterparties, persons, personPositions, agreements, contracts, contractLines, orders, orderLines, shipments, payments,
  obligations, obligationFulfilments, serviceCards, serviceVisits, appeals, appealActions, claims, claimEvents: chronicleEntries, attachments,
} satisfies Record<ScopedTable, PgTable>;

type TableOf<Name extends ScopedTable> = (typeof tables)[Name];
type RowOf<Name extends ScopedTable> = TableOf<Name>['$inferSelect'];

/** `select id from <table> where <owner> = <partner>`: the ids a child table's rows hang from. */
function idsOf(table: PgTable & { id: PgColumn }, owner: PgColumn, partnerId: number): SQL {
  return sql`select ${table.id} from ${table} where ${owner} = ${partnerId}`;
}

/** The partner's rows of `name` among `ids`; another's id is simply not found. */
export function partnerRowsByIds<Name extends ScopedTable>(db: Database, partnerId: number, name: Name, ids: readonly number[]): Promise<RowOf<Name>[]> {
  const table = tables[name] as PgTable & { id: PgColumn };
  return readRows(db, allColumnsOf(table), {}, (fields) =>
    db.select(fields).from(table).where(and(isAnyOf(table.id, ids), ofPartner[name](partnerId)))) as Promise<RowOf<Name>[]>;
}

/** The partner's rows of `name` whose `parent` column is one of `parentIds`, grouped by parent, each group in `orderBy`'s order. */
export function partnerRowsByParents<Name extends ScopedTable>(
  db: Database, partnerId: number, name: Name, parent: PgColumn, parentIds: readonly number[], orderBy: readonly SQL[],
): Promise<Map<number, RowOf<Name>[]>> {
  return rowsByParents(db, tables[name], parent, parentIds, orderBy, ofPartner[name](partnerId)) as Promise<Map<number, RowOf<Name>[]>>;
}

/** A page of the partner's rows of `name` matching `where`, in `keys`' order. */
export function partnerConnection<Name extends ScopedTable>(
  db: Database, partnerId: number, name: Name, where: SQL | undefined, keys: SortKey<RowOf<Name>>[], args: PageArgs,
) {
  const table = tables[name];
  return selectConnection(db, allColumnsOf(table), and(ofPartner[name](partnerId), where), keys as never, args);
}
