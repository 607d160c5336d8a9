import { asc, desc, inArray, type AnyColumn, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/client.js';
import { rowsByIds } from '../../db/json-rows.js';
import {
  agreements, appealActions, appeals, attachments, chronicleEntries, claims, contractLines, contracts, obligationFulfilments, obligations, orderLines,
  orders, payments, personPositions, products, serviceCards, serviceVisits, shipments, type AgreementRow,
} from '../../db/schema/index.js';
import { sortBy, type PageArgs } from '../../lib/connection.js';
import { today } from '../../lib/dates.js';
import { lazyLoaders, listsByParentLoader, rowByKeyLoader } from '../../lib/loader.js';
import { effectiveTerms } from '../agreements/terms.js';
import type { AppealStatus } from '../appeals/appeals.repository.js';
import type { ClaimStatus } from '../claims/claims.repository.js';
import { byDueDate } from '../obligations/obligations.repository.js';
import { OPEN_STATUSES as OPEN_OBLIGATIONS } from '../obligations/obligation-status.js';
import { orderOrder, settlementTotals, type OrderStatus } from '../orders/orders.repository.js';
import { askedOf, workHistories, type HistoryArgs } from '../reports/work-history.js';
import { partnerConnection, partnerRowsByIds, partnerRowsByParents, type ScopedTable } from './partner-scope.js';

const newestFirst = <Row extends { id: number }>(id: AnyColumn) => [sortBy.id<Row>(id, true)];

type Env = [db: Database, partnerId: number];

/** The partner's rows of `name` by id: another's id is not found. */
const byId = <Name extends ScopedTable>(name: Name) => (db: Database, partnerId: number) =>
  rowByKeyLoader((ids: readonly number[]) => partnerRowsByIds(db, partnerId, name, ids), (row) => (row as { id: number }).id);

/** The partner's rows of `name` by the parent key in `parent`, each list in `orderBy`'s order. */
const byParent = <Name extends ScopedTable>(name: Name, parent: PgColumn, orderBy: SQL[]) => (db: Database, partnerId: number) =>
  listsByParentLoader((ids: readonly number[]) => partnerRowsByParents(db, partnerId, name, parent, ids, orderBy));

/** A request's loaders, each made when first used, every one bound to the request's partner. */
const loaderFactories = {
  counterparty: byId('counterparties'),
  person: byId('persons'),
  positionsAtPartner: byParent('personPositions', personPositions.counterpartyId, [desc(personPositions.isPrimary), asc(personPositions.id)]),
  positionsByPerson: byParent('personPositions', personPositions.personId, [asc(personPositions.startDate), asc(personPositions.id)]),
  agreement: byId('agreements'),
  agreementsOfPartner: byParent('agreements', agreements.counterpartyId, [asc(agreements.name), asc(agreements.id)]),
  /** A typical agreement an individual one takes terms from: the company's, read only for those terms. */
  baseAgreement: (db: Database) => rowByKeyLoader((ids: readonly number[]) => rowsByIds(db, agreements, ids), (row) => row.id),
  contract: byId('contracts'),
  contractLines: byParent('contractLines', contractLines.contractId, [asc(contractLines.lineNo)]),
  contractObligations: byParent('obligations', obligations.contractId, [asc(obligations.dueDate), asc(obligations.id)]),
  order: byId('orders'),
  orderLines: byParent('orderLines', orderLines.orderId, [asc(orderLines.lineNo)]),
  shipments: byParent('shipments', shipments.orderId, [asc(shipments.date), asc(shipments.id)]),
  payments: byParent('payments', payments.orderId, [asc(payments.date), asc(payments.id)]),
  /** Catalogue names of what the partner's documents list (no prices, costs or stock are shown). */
  product: (db: Database) => rowByKeyLoader((ids: readonly number[]) => rowsByIds(db, products, ids), (row) => row.id),
  obligation: byId('obligations'),
  /** The chronicle of an obligation's fulfilment, oldest first. */
  obligationFulfilments: byParent('obligationFulfilments', obligationFulfilments.obligationId, [asc(obligationFulfilments.date), asc(obligationFulfilments.id)]),
  serviceCard: byId('serviceCards'),
  visits: byParent('serviceVisits', serviceVisits.cardId, [asc(serviceVisits.plannedDate), asc(serviceVisits.id)]),
  visit: byId('serviceVisits'),
  appeal: byId('appeals'),
  appealActions: byParent('appealActions', appealActions.appealId, [asc(appealActions.happenedAt), asc(appealActions.id)]),
  claim: byId('claims'),
  claimEvents: byParent('claimEvents', chronicleEntries.claimId, [asc(chronicleEntries.occurredAt), asc(chronicleEntries.id)]),
  attachment: byId('attachments'),
  appealAttachments: byParent('attachments', attachments.appealId, [asc(attachments.uploadedAt), asc(attachments.id)]),
  claimAttachments: byParent('attachments', attachments.claimId, [asc(attachments.uploadedAt), asc(attachments.id)]),
};

/** A request's loaders, each made when first used, every one bound to the request's partner. */
const partnerLoaders = lazyLoaders<Env, typeof loaderFactories>(loaderFactories);

/**
 * Every read the portal makes, bound to one partner's counterparty id when the request's context
 * is made: a resolver asks these for the partner's rows and cannot name another partner. Each
 * by-id and by-parent read is a loader, one statement per level of a query for all its parents.
 */
export function partnerReads(db: Database, partnerId: number, timeZone: string) {
  const load = partnerLoaders(db, partnerId);
  return {
    load,
    organisation: () => load.counterparty.load(partnerId),
    /** The partner's people: those who hold or held a position there and are not archived, primary contacts first. */
    async persons() {
      const positions = await load.positionsAtPartner.load(partnerId);
      const ids = [...new Set(positions.map((position) => position.personId))];
      return (await Promise.all(ids.map((id) => load.person.load(id)))).filter((person): person is NonNullable<typeof person> => person !== null && person.archivedAt === null);
    },
    agreements: () => load.agreementsOfPartner.load(partnerId),
    /** The terms in force: the agreement's own, and those it takes from its typical agreement. */
    async agreementTerms(row: AgreementRow) {
      const base = row.baseAgreementId === null ? null : await load.baseAgreement.load(row.baseAgreementId);
      return effectiveTerms(row, [], base, []);
    },
    contracts: (args: PageArgs) => partnerConnection(db, partnerId, 'contracts', undefined, newestFirst(contracts.id), args),
    orders: (statuses: readonly OrderStatus[] | null | undefined, args: PageArgs) =>
      partnerConnection(db, partnerId, 'orders', statuses ? inArray(orders.status, [...statuses]) : undefined, orderOrder, args),
    obligations: (open: boolean | null | undefined, args: PageArgs) =>
      partnerConnection(db, partnerId, 'obligations', open == null ? undefined : openObligations(open), byDueDate, args),
    settlements: async () => (await settlementTotals(db, [partnerId], today(timeZone))).get(partnerId) ?? { receivable: '0.00', overdue: '0.00' },
    /** The partner's own work history: its id is the only counterparty the statement reads. */
    workHistory: async (args: HistoryArgs) => (await workHistories(db, [partnerId], askedOf(args, timeZone)))[0],
    serviceCards: (args: PageArgs) => partnerConnection(db, partnerId, 'serviceCards', undefined, newestFirst(serviceCards.id), args),
    appeals: (statuses: readonly AppealStatus[] | null | undefined, args: PageArgs) =>
      partnerConnection(db, partnerId, 'appeals', statuses ? inArray(appeals.status, [...statuses]) : undefined, newestFirst(appeals.id), args),
    claims: (statuses: readonly ClaimStatus[] | null | undefined, args: PageArgs) =>
      partnerConnection(db, partnerId, 'claims', statuses ? inArray(claims.status, [...statuses]) : undefined, newestFirst(claims.id), args),
    /** The partner's record of a global id's type and key, or null: what `node(id)` answers. */
    node(type: string, key: number): Promise<object | null> {
      const fetch = nodeLoaders[type];
      return fetch ? fetch(load).load(key) : Promise.resolve(null);
    },
  };
}

const openObligations = (open: boolean) => {
  const statuses = open ? [...OPEN_OBLIGATIONS] : (['FULFILLED', 'CANCELLED'] as const);
  return inArray(obligations.status, [...statuses]);
};

/** The portal types `node(id)` fetches, each through the partner's by-id loader; any other type is null. */
const nodeLoaders: Record<string, (load: ReturnType<typeof partnerReads>['load']) => { load(key: number): Promise<object | null> }> = {
  Counterparty: (load) => load.counterparty,
  Person: (load) => load.person,
  Agreement: (load) => load.agreement,
  Contract: (load) => load.contract,
  Order: (load) => load.order,
  Obligation: (load) => load.obligation,
  ServiceCard: (load) => load.serviceCard,
  ServiceVisit: (load) => load.visit,
  Appeal: (load) => load.appeal,
  Claim: (load) => load.claim,
  Attachment: (load) => load.attachment,
};

export type PartnerReads = ReturnType<typeof partnerReads>;
