import { and, asc, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { lockedRowsByKeys } from '../../db/bulk.js';
import type { Database } from '../../db/client.js';
import { periodEnd, periodStart, type ZonedPeriod } from '../../lib/zoned-period.js';
import { allColumnsOf, isAnyOf, readRowsByParent, rowsByIds } from '../../db/json-rows.js';
import { countsByParent, pagesByParent, selectConnection, type ListPerParent } from '../../db/paging.js';
import { executeRows, parsedJson } from '../../db/raw.js';
import {
  campaignExpenses, campaignGroups, campaignMaterials, campaignParticipants, campaignRevenues, campaigns, chronicleEntries,
  contactCards, counterparties, deals, informationSources, orders, personPositions,
  type CampaignExpenseRow, type CampaignMaterialRow, type CampaignParticipantRow, type CampaignRevenueRow, type CampaignRow,
} from '../../db/schema/index.js';
import { rowAtVersion, updateVersioned, type VersionedRow } from '../../db/versioned.js';
import { sortBy, type Page, type PageArgs, type SortKey } from '../../lib/connection.js';
import type { UniqueFields } from '../../lib/write.js';
import { folderTreeRepository } from '../folders/folders.repository.js';

export type CampaignInsert = typeof campaigns.$inferInsert;
export type CampaignStatus = CampaignRow['status'];
export type CampaignKind = CampaignRow['kind'];
export type InvitationStatus = CampaignParticipantRow['status'];
export type ParticipantInsert = typeof campaignParticipants.$inferInsert;
export type MaterialInsert = typeof campaignMaterials.$inferInsert;
export type ExpenseInsert = typeof campaignExpenses.$inferInsert;
export type RevenueInsert = typeof campaignRevenues.$inferInsert;

/** The unique constraints a campaign write can break through its input. */
export const uniqueFields: UniqueFields = {
  campaigns_external_id_key: { field: 'externalId', message: 'Another campaign already has this externalId.' },
  information_sources_name_key: {
    field: 'name',
    message: 'An information source already has this name; give the campaign another name, or name that source in informationSourceId.',
  },
};

export const participantUniqueFields: UniqueFields = {
  campaign_participants_counterparty_key: { field: 'counterpartyId', message: 'This counterparty already takes part in the campaign.' },
  campaign_participants_person_key: { field: 'personId', message: 'This person already takes part in the campaign.' },
  campaign_participants_contact_card_key: { field: 'contactCardId', message: 'This contact card already takes part in the campaign.' },
};

export const revenueUniqueFields: UniqueFields = {
  campaign_revenues_order_key: { field: 'orderId', message: 'A revenue of this campaign already comes from this order.' },
  campaign_revenues_deal_key: { field: 'dealId', message: 'A revenue of this campaign already comes from this deal.' },
};

export const groups = folderTreeRepository(campaignGroups, campaigns.groupId);

// ---- Campaigns ----

/** A campaign filter with ids decoded; every given condition must hold. */
export interface CampaignFilter {
  kinds?: CampaignKind[] | null;
  statuses?: CampaignStatus[] | null;
  groupId?: number | null;
  responsibleEmployeeId?: number | null;
  informationSourceId?: number | null;
  activeFrom?: string | null;
  activeTo?: string | null;
}

function conditions(filter: CampaignFilter): SQL | undefined {
  return and(
    filter.kinds ? inArray(campaigns.kind, filter.kinds) : undefined,
    filter.statuses ? inArray(campaigns.status, filter.statuses) : undefined,
    filter.groupId != null ? inArray(campaigns.groupId, groups.subtree(filter.groupId)) : undefined,
    filter.responsibleEmployeeId != null ? eq(campaigns.responsibleEmployeeId, filter.responsibleEmployeeId) : undefined,
    filter.informationSourceId != null ? eq(campaigns.informationSourceId, filter.informationSourceId) : undefined,
    filter.activeFrom ? gte(campaigns.endsOn, filter.activeFrom) : undefined,
    filter.activeTo ? lte(campaigns.startsOn, filter.activeTo) : undefined,
  );
}

/** Latest start first, then newest. */
export const campaignOrder: SortKey<CampaignRow>[] = [
  { name: 'campaigns.starts_on', column: campaigns.startsOn, type: 'date', descending: true, valueOf: (row) => row.startsOn },
  sortBy.id<CampaignRow>(campaigns.id, true),
];

export const listCampaigns = (db: Database, filter: CampaignFilter, args: PageArgs) =>
  selectConnection(db, allColumnsOf(campaigns), conditions(filter), campaignOrder, args);

export const campaignsByIds = (db: Database, ids: readonly number[]) => rowsByIds(db, campaigns, ids);

/** The campaigns each of `counterpartyIds` takes part in as a participant, latest start first. */
export const campaignsByCounterparties = (db: Database, counterpartyIds: readonly number[]) =>
  readRowsByParent(db, allColumnsOf(campaigns), {
    parent: campaignParticipants.counterpartyId, orderBy: [desc(campaigns.startsOn), desc(campaigns.id)],
  }, (fields) => db.select(fields).from(campaigns)
    .innerJoin(campaignParticipants, eq(campaignParticipants.campaignId, campaigns.id))
    .where(isAnyOf(campaignParticipants.counterpartyId, counterpartyIds)));

export const campaignAtVersion = (db: Database, id: number, expectedVersion: number) => rowAtVersion(db, campaigns, id, expectedVersion);

export async function insertCampaign(db: Database, values: CampaignInsert): Promise<CampaignRow> {
  const [row] = await db.insert(campaigns).values(values).returning();
  return row;
}

export const updateCampaign = (db: Database, id: number, expectedVersion: number, values: Partial<CampaignInsert>) =>
  updateVersioned(db, campaigns, id, expectedVersion, values);

/**
 * The campaign's currency under a share lock until the transaction ends: an expense or revenue
 * added under it cannot slip past a change of currency, which updates (and so waits for) the row.
 */
export async function lockedCampaign(db: Database, id: number): Promise<Pick<CampaignRow, 'id' | 'currency' | 'informationSourceId'> | null> {
  const [row] = await db.select({ id: campaigns.id, currency: campaigns.currency, informationSourceId: campaigns.informationSourceId })
    .from(campaigns).where(eq(campaigns.id, id)).for('share');
  return row ?? null;
}

/** Whether the campaign has any expense or revenue (amounts in its currency). */
export async function hasMoney(db: Database, campaignId: number): Promise<boolean> {
  const rows = await executeRows<{ any: boolean }>(db, sql`select exists (select 1 from ${campaignExpenses} where campaign_id = ${campaignId})
    or exists (select 1 from ${campaignRevenues} where campaign_id = ${campaignId}) as any`);
  return rows[0].any;
}

/** For imports: the campaigns with these external ids, locked until the chunk's transaction ends. */
export const lockedByExternalIds = (db: Database, externalIds: readonly string[]) =>
  lockedRowsByKeys<CampaignRow>(db, campaigns, 'external_id', externalIds);

/** For imports: the campaigns with these external ids. */
export async function idsByExternalIds(db: Database, externalIds: readonly string[]): Promise<Map<string, number>> {
  if (externalIds.length === 0) return new Map();
  const rows = await db.select({ id: campaigns.id, externalId: campaigns.externalId }).from(campaigns)
    .where(isAnyOf(campaigns.externalId, externalIds, 'text'));
  return new Map(rows.map((row) => [row.externalId!, row.id]));
}

/** Which of `campaignIds` have any expense or revenue. */
export async function campaignsWithMoney(db: Database, campaignIds: readonly number[]): Promise<Set<number>> {
  if (campaignIds.length === 0) return new Set();
  const ids = sql`${sql.param([...campaignIds])}::bigint[]`;
  const rows = await executeRows<{ id: number | string }>(db, sql`
    select campaign_id as id from ${campaignExpenses} where campaign_id = any(${ids})
    union select campaign_id from ${campaignRevenues} where campaign_id = any(${ids})`);
  return new Set(rows.map((row) => Number(row.id)));
}

/** Creates the information sources campaigns stand for; answers their ids by name. */
export async function insertInformationSources(db: Database, sources: readonly { name: string; description: string }[]): Promise<Map<string, number>> {
  if (sources.length === 0) return new Map();
  const rows = await db.insert(informationSources).values([...sources])
    .returning({ id: informationSources.id, name: informationSources.name });
  return new Map(rows.map((row) => [row.name, row.id]));
}

// ---- The tabs: a connection per campaign each ----

/** By the order they were added. */
const byId = <Row extends { id: number }>(table: { id: PgTable['_']['columns'][string] }) => [sortBy.id<Row>(table.id)];
export const participantOrder: SortKey<CampaignParticipantRow>[] = byId<CampaignParticipantRow>(campaignParticipants);
export const materialOrder: SortKey<CampaignMaterialRow>[] = byId<CampaignMaterialRow>(campaignMaterials);

const byDate = <Row extends { id: number; date: string }>(table: typeof campaignExpenses | typeof campaignRevenues, name: string): SortKey<Row>[] => [
  { name, column: table.date, type: 'date', descending: false, valueOf: (row) => row.date },
  sortBy.id<Row>(table.id),
];
export const expenseOrder = byDate<CampaignExpenseRow>(campaignExpenses, 'campaign_expenses.date');
export const revenueOrder = byDate<CampaignRevenueRow>(campaignRevenues, 'campaign_revenues.date');

const participantList: ListPerParent<typeof campaignParticipants> = { ...allColumnsOf(campaignParticipants), parent: campaignParticipants.campaignId, keys: participantOrder };
const materialList: ListPerParent<typeof campaignMaterials> = { ...allColumnsOf(campaignMaterials), parent: campaignMaterials.campaignId, keys: materialOrder };
const expenseList: ListPerParent<typeof campaignExpenses> = { ...allColumnsOf(campaignExpenses), parent: campaignExpenses.campaignId, keys: expenseOrder };
const revenueList: ListPerParent<typeof campaignRevenues> = { ...allColumnsOf(campaignRevenues), parent: campaignRevenues.campaignId, keys: revenueOrder };

/** A tab's page for every campaign asked, one statement (a LATERAL page per campaign), and its counts, one grouped statement. */
const tab = <T extends PgTable>(list: ListPerParent<T>) => ({
  pages: (db: Database, ids: readonly number[], page: Page) => pagesByParent(db, list, ids, page),
  counts: (db: Database, ids: readonly number[]) => countsByParent(db, list, ids),
});

export const tabs = {
  participants: tab(participantList),
  materials: tab(materialList),
  expenses: tab(expenseList),
  revenues: tab(revenueList),
};

export const participantsByIds = (db: Database, ids: readonly number[]) => rowsByIds(db, campaignParticipants, ids);
export const materialsByIds = (db: Database, ids: readonly number[]) => rowsByIds(db, campaignMaterials, ids);
export const expensesByIds = (db: Database, ids: readonly number[]) => rowsByIds(db, campaignExpenses, ids);
export const revenuesByIds = (db: Database, ids: readonly number[]) => rowsByIds(db, campaignRevenues, ids);

/** The tables of the tabs, each a versioned record of one campaign. */
export const tabTables = {
  CampaignParticipant: campaignParticipants,
  CampaignMaterial: campaignMaterials,
  CampaignExpense: campaignExpenses,
  CampaignRevenue: campaignRevenues,
} as const;
export type TabType = keyof typeof tabTables;
type TabTable = (typeof tabTables)[TabType];

export const tabRowAtVersion = <T extends TabTable>(db: Database, table: T, id: number, expectedVersion: number) =>
  rowAtVersion(db, table, id, expectedVersion);

export async function insertTabRow<T extends TabTable>(db: Database, table: T, values: T['$inferInsert']): Promise<T['$inferSelect']> {
  const [row] = await db.insert(table as PgTable).values(values as never).returning();
  return row as T['$inferSelect'];
}

export const updateTabRow = <T extends TabTable>(db: Database, table: T, id: number, expectedVersion: number, values: Partial<T['$inferInsert']>) =>
  updateVersioned(db, table, id, expectedVersion, values);

/** Deletes the row `id` only at `expectedVersion`; answers the deleted row, or why not. */
export async function deleteTabRow<T extends TabTable>(db: Database, table: T, id: number, expectedVersion: number): Promise<VersionedRow<T['$inferSelect']>> {
  const [row] = await db.delete(table as PgTable).where(and(eq(table.id, id), eq(table.version, expectedVersion))).returning();
  if (row) return { status: 'found', row: row as T['$inferSelect'] };
  const [current] = await db.select({ version: table.version }).from(table as PgTable).where(eq(table.id, id));
  return current ? { status: 'stale', currentVersion: current.version } : { status: 'missing' };
}

/** Whether the counterparty takes part in the campaign itself, or came from the information source. */
export async function isCampaignCounterparty(db: Database, campaignId: number, informationSourceId: number, counterpartyId: number): Promise<boolean> {
  const rows = await executeRows<{ yes: boolean }>(db, sql`select exists (
      select 1 from ${campaignParticipants} where campaign_id = ${campaignId} and counterparty_id = ${counterpartyId}
    ) or exists (
      select 1 from ${counterparties} where id = ${counterpartyId} and information_source_id = ${informationSourceId}
    ) as yes`);
  return rows[0].yes;
}

// ---- For imports of participants ----

export interface ParticipantKey { campaignId: number; counterpartyId: number | null; personId: number | null; contactCardId: number | null }

/** A participant's key by ids, as stored rows and inserted rows both give it. */
export const participantKey = (key: ParticipantKey) =>
  `${key.campaignId}|${key.counterpartyId ?? ''}|${key.personId ?? ''}|${key.contactCardId ?? ''}`;

/** The stored participants with these keys, locked until the chunk's transaction ends. */
export async function lockedParticipantsByKeys(db: Database, keys: readonly ParticipantKey[]): Promise<CampaignParticipantRow[]> {
  if (keys.length === 0) return [];
  const json = JSON.stringify(keys.map((key) => ({
    campaign_id: key.campaignId, counterparty_id: key.counterpartyId, person_id: key.personId, contact_card_id: key.contactCardId,
  })));
  const p = campaignParticipants;
  return db.select().from(p)
    .where(sql`(${p.campaignId}, coalesce(${p.counterpartyId}, 0), coalesce(${p.personId}, 0), coalesce(${p.contactCardId}, 0)) in (
      select k.campaign_id, coalesce(k.counterparty_id, 0), coalesce(k.person_id, 0), coalesce(k.contact_card_id, 0)
      from jsonb_to_recordset(${json}::jsonb) as k(campaign_id bigint, counterparty_id bigint, person_id bigint, contact_card_id bigint))`)
    // A fixed lock order: two chunks locking overlapping rows wait for each other, never deadlock.
    .orderBy(asc(campaignParticipants.id))
    .for('update');
}

// ---- Figures ----

/** Sums of a campaign's expenses and revenues, as exact decimal strings. */
export interface CampaignSums { cost: string; revenue: string }

/** Each campaign's total cost and total revenue: one statement for every campaign asked together. */
export async function sumsByCampaigns(db: Database, campaignIds: readonly number[]): Promise<Map<number, CampaignSums>> {
  const ids = sql`${sql.param([...campaignIds])}::bigint[]`;
  const rows = await executeRows<{ id: number | string; cost: string; revenue: string }>(db, sql`
    select c.id,
      coalesce((select sum(e.amount) from ${campaignExpenses} e where e.campaign_id = c.id), 0)::text as cost,
      coalesce((select sum(r.amount) from ${campaignRevenues} r where r.campaign_id = c.id), 0)::text as revenue
    from unnest(${ids}) as c(id)`);
  return new Map(rows.map((row) => [Number(row.id), { cost: row.cost, revenue: row.revenue }]));
}


/**
 * The counterparties each campaign reaches through its participants: the participating
 * counterparties, and the counterparties where a participating person holds a position during the
 * campaign. `campaignsOf` is a relation (id, starts_on, ends_on) of the campaigns wanted.
 */
export const participantCounterparties = (campaignsOf: SQL) => sql`
  select p.campaign_id, p.counterparty_id from ${campaignParticipants} p
  where p.counterparty_id is not null and p.campaign_id in (select id from ${campaignsOf})
  union
  select p.campaign_id, pp.counterparty_id from ${campaignParticipants} p
  join ${campaignsOf} on c.id = p.campaign_id
  join ${personPositions} pp on pp.person_id = p.person_id
    and (pp.start_date is null or pp.start_date <= c.ends_on) and (pp.end_date is null or pp.end_date >= c.starts_on)`;

export interface CampaignEffectiveness {
  campaignId: number;
  contacts: number;
  newContactCards: number;
  newClients: number;
  dealsWon: number;
  orders: number;
  revenue: string;
  cost: string;
  profit: string;
  currency: string;
}

/**
 * Per campaign overlapping the period: contacts with its participants or naming its source, new
 * clients among its counterparties, and their POSTED orders in its currency, from its start.
 */
export async function campaignEffectiveness(db: Database, period: ZonedPeriod): Promise<CampaignEffectiveness[]> {
  const rows = await executeRows<{
    id: number | string; contacts: number; new_cards: number; new_clients: number; deals_won: number; orders: number;
    revenue: string; cost: string; profit: string; currency: string;
  }>(db, sql`
    with c as (
      select id, starts_on, ends_on, currency, information_source_id from ${campaigns}
      where starts_on <= ${period.to}::date and ends_on >= ${period.from}::date
    ),
    reached as (
      ${participantCounterparties(sql`c`)}
      union
      select c.id, cp.id from c join ${counterparties} cp on cp.information_source_id = c.information_source_id
    ),
    contacts as (
      select c.id, count(distinct e.id)::int as n
      from c join ${chronicleEntries} e on e.status = 'DONE'
        and e.happened_at >= ${periodStart(period)} and e.happened_at < ${periodEnd(period)}
        and (e.information_source_id = c.information_source_id
          or exists (select 1 from reached r where r.campaign_id = c.id and r.counterparty_id = e.counterparty_id)
          or (e.person_id is not null and exists (select 1 from ${campaignParticipants} p where p.campaign_id = c.id and p.person_id = e.person_id)))
      group by c.id
    ),
    new_cards as (
      select c.id, count(distinct k.id)::int as n
      from c join ${contactCards} k on k.created_at >= ${periodStart(period)} and k.created_at < ${periodEnd(period)}
        and (k.information_source_id = c.information_source_id
          or exists (select 1 from ${campaignParticipants} p where p.campaign_id = c.id and p.contact_card_id = k.id))
      group by c.id
    ),
    deals_won as (
      select c.id, count(distinct d.id)::int as n
      from c join ${deals} d on (d.campaign_id = c.id or d.information_source_id = c.information_source_id)
        and d.result in ('WON_CONTRACT', 'WON_PURCHASE') and d.closed_at >= ${periodStart(period)} and d.closed_at < ${periodEnd(period)}
      group by c.id
    ),
    first_orders as (
      select o.counterparty_id, min(o.date) as first_date from ${orders} o
      where o.status = 'POSTED' and o.counterparty_id in (select counterparty_id from reached)
      group by o.counterparty_id
    ),
    new_clients as (
      select id, count(distinct counterparty_id)::int as n from (
        select r.campaign_id as id, r.counterparty_id
        from reached r join c on c.id = r.campaign_id
        join first_orders f on f.counterparty_id = r.counterparty_id
        where f.first_date between greatest(${period.from}::date, c.starts_on) and ${period.to}::date
        union
        -- A lead of the campaign's converted into a counterparty in the period is a new client too.
        select c.id, k.converted_counterparty_id
        from c join ${contactCards} k on k.converted_at >= ${periodStart(period)} and k.converted_at < ${periodEnd(period)}
          and (k.information_source_id = c.information_source_id
            or exists (select 1 from ${campaignParticipants} p where p.campaign_id = c.id and p.contact_card_id = k.id))
      ) won group by id
    ),
    sales as (
      select r.campaign_id as id, count(o.id)::int as n, sum(o.total) as revenue
      from reached r join c on c.id = r.campaign_id
      join ${orders} o on o.counterparty_id = r.counterparty_id and o.status = 'POSTED' and o.currency = c.currency
        and o.date between greatest(${period.from}::date, c.starts_on) and ${period.to}::date
      group by r.campaign_id
    ),
    costs as (
      select e.campaign_id as id, sum(e.amount) as cost from ${campaignExpenses} e where e.campaign_id in (select id from c) group by e.campaign_id
    )
    select c.id, coalesce(contacts.n, 0) as contacts, coalesce(new_cards.n, 0) as new_cards, coalesce(new_clients.n, 0) as new_clients,
      coalesce(deals_won.n, 0) as deals_won, coalesce(sales.n, 0) as orders,
      coalesce(sales.revenue, 0)::numeric(18, 2)::text as revenue, coalesce(costs.cost, 0)::numeric(18, 2)::text as cost,
      (coalesce(sales.revenue, 0) - coalesce(costs.cost, 0))::numeric(18, 2)::text as profit, c.currency
    from c left join contacts using (id) left join new_cards using (id) left join new_clients using (id) left join deals_won using (id)
      left join sales using (id) left join costs using (id)
    order by c.starts_on desc, c.id desc`);
  return rows.map((row) => ({
    campaignId: Number(row.id), contacts: row.contacts, newContactCards: row.new_cards, newClients: row.new_clients, dealsWon: row.deals_won, orders: row.orders,
    revenue: row.revenue, cost: row.cost, profit: row.profit, currency: row.currency,
  }));
}

export interface CurrencyAmount { currency: string; amount: string }

export interface SourceEffectiveness {
  informationSourceId: number;
  campaigns: number;
  contacts: number;
  newContactCards: number;
  newClients: number;
  dealsWon: number;
  orders: number;
  revenue: CurrencyAmount[];
  cost: CurrencyAmount[];
  profit: CurrencyAmount[];
}

/** Per information source: contacts, new clients, sales of the counterparties that came from it, its campaigns' cost. */
export async function sourceEffectiveness(db: Database, period: ZonedPeriod): Promise<SourceEffectiveness[]> {
  const amounts = (relation: string, column: string) => sql`(
    select coalesce(json_agg(json_build_object('currency', a.currency, 'amount', a.${sql.raw(column)}::numeric(18, 2)::text) order by a.currency), '[]'::json)
    from ${sql.raw(relation)} a where a.source_id = s.id)`;
  const rows = await executeRows<{
    id: number | string; campaigns: number; contacts: number; new_cards: number; new_clients: number; deals_won: number; orders: number;
    revenue: unknown; cost: unknown; profit: unknown;
  }>(db, sql`
    with source_campaigns as (
      select information_source_id as source_id, id, currency from ${campaigns}
      where starts_on <= ${period.to}::date and ends_on >= ${period.from}::date
    ),
    campaign_counts as (select source_id, count(*)::int as n from source_campaigns group by source_id),
    contacts as (
      select s.id as source_id, count(distinct e.id)::int as n
      from ${informationSources} s join ${chronicleEntries} e on e.status = 'DONE'
        and e.happened_at >= ${periodStart(period)} and e.happened_at < ${periodEnd(period)}
        and (e.information_source_id = s.id
          or exists (select 1 from ${counterparties} cp where cp.id = e.counterparty_id and cp.information_source_id = s.id))
      group by s.id
    ),
    new_cards as (
      select information_source_id as source_id, count(*)::int as n from ${contactCards}
      where information_source_id is not null and created_at >= ${periodStart(period)} and created_at < ${periodEnd(period)}
      group by information_source_id
    ),
    deals_won as (
      select information_source_id as source_id, count(*)::int as n from ${deals}
      where information_source_id is not null and result in ('WON_CONTRACT', 'WON_PURCHASE')
        and closed_at >= ${periodStart(period)} and closed_at < ${periodEnd(period)}
      group by information_source_id
    ),
    new_clients as (
      select source_id, count(distinct counterparty_id)::int as n from (
        select cp.information_source_id as source_id, cp.id as counterparty_id
        from ${counterparties} cp
        join (select counterparty_id, min(date) as first_date from ${orders} where status = 'POSTED' group by counterparty_id) f on f.counterparty_id = cp.id
        where cp.information_source_id is not null and f.first_date between ${period.from}::date and ${period.to}::date
        union
        -- A lead naming the source converted into a counterparty in the period is a new client too.
        select information_source_id, converted_counterparty_id from ${contactCards}
        where information_source_id is not null and converted_at >= ${periodStart(period)} and converted_at < ${periodEnd(period)}
      ) won group by source_id
    ),
    sales as (
      select cp.information_source_id as source_id, o.currency, count(*)::int as n, sum(o.total) as amount
      from ${orders} o join ${counterparties} cp on cp.id = o.counterparty_id
      where cp.information_source_id is not null and o.status = 'POSTED' and o.date between ${period.from}::date and ${period.to}::date
      group by 1, 2
    ),
    costs as (
      select sc.source_id, sc.currency, sum(e.amount) as amount
      from source_campaigns sc join ${campaignExpenses} e on e.campaign_id = sc.id
      group by 1, 2
    ),
    profits as (
      select coalesce(sa.source_id, co.source_id) as source_id, coalesce(sa.currency, co.currency) as currency,
        coalesce(sa.amount, 0) - coalesce(co.amount, 0) as amount
      from sales sa full join costs co on co.source_id = sa.source_id and co.currency = sa.currency
    ),
    order_counts as (select source_id, sum(n)::int as n from sales group by source_id)
    select s.id, coalesce(cc.n, 0) as campaigns, coalesce(ct.n, 0) as contacts, coalesce(nk.n, 0) as new_cards, coalesce(nc.n, 0) as new_clients,
      coalesce(dw.n, 0) as deals_won, coalesce(oc.n, 0) as orders,
      ${amounts('sales', 'amount')} as revenue, ${amounts('costs', 'amount')} as cost, ${amounts('profits', 'amount')} as profit
    from ${informationSources} s
    left join campaign_counts cc on cc.source_id = s.id
    left join contacts ct on ct.source_id = s.id
    left join new_cards nk on nk.source_id = s.id
    left join new_clients nc on nc.source_id = s.id
    left join deals_won dw on dw.source_id = s.id
    left join order_counts oc on oc.source_id = s.id
    where cc.n is not null or ct.n is not null or nk.n is not null or nc.n is not null or dw.n is not null or oc.n is not null
    order by s.name, s.id`);
  return rows.map((row) => ({
    informationSourceId: Number(row.id), campaigns: row.campaigns, contacts: row.contacts, newContactCards: row.new_cards, newClients: row.new_clients,
    dealsWon: row.deals_won, orders: row.orders,
    revenue: parsedJson<CurrencyAmount[]>(row.revenue), cost: parsedJson<CurrencyAmount[]>(row.cost), profit: parsedJson<CurrencyAmount[]>(row.profit),
  }));
}

export interface SalesComparison { currency: string; ordersBefore: number; ordersAfter: number; before: string; after: string; change: string }

export interface SalesAfterCampaign {
  campaignId: number;
  days: number;
  beforeFrom: string;
  beforeTo: string;
  afterFrom: string;
  afterTo: string;
  counterparties: number;
  byCurrency: SalesComparison[];
}

/** The participants' POSTED orders in the `days` days before the campaign's start and after its end, per currency; null for no campaign. */
export async function salesAfterCampaign(db: Database, campaignId: number, days: number): Promise<SalesAfterCampaign | null> {
  const rows = await executeRows<{
    before_from: string; before_to: string; after_from: string; after_to: string; counterparties: number; by_currency: unknown;
  }>(db, sql`
    with c as (
      select id, starts_on, ends_on, starts_on - ${days}::int as before_from, starts_on - 1 as before_to,
        ends_on + 1 as after_from, ends_on + ${days}::int as after_to
      from ${campaigns} where id = ${campaignId}
    ),
    reached as (${participantCounterparties(sql`c`)}),
    per_currency as (
      select o.currency,
        count(*) filter (where o.date <= c.before_to)::int as orders_before,
        count(*) filter (where o.date >= c.after_from)::int as orders_after,
        coalesce(sum(o.total) filter (where o.date <= c.before_to), 0) as before,
        coalesce(sum(o.total) filter (where o.date >= c.after_from), 0) as after
      from c join reached r on r.campaign_id = c.id
      join ${orders} o on o.counterparty_id = r.counterparty_id and o.status = 'POSTED'
        and (o.date between c.before_from and c.before_to or o.date between c.after_from and c.after_to)
      group by o.currency
    )
    select c.before_from::text, c.before_to::text, c.after_from::text, c.after_to::text,
      (select count(distinct counterparty_id)::int from reached) as counterparties,
      (select coalesce(json_agg(json_build_object(
        'currency', p.currency, 'ordersBefore', p.orders_before, 'ordersAfter', p.orders_after,
        'before', p.before::numeric(18, 2)::text, 'after', p.after::numeric(18, 2)::text, 'change', (p.after - p.before)::numeric(18, 2)::text
      ) order by p.currency), '[]'::json) from per_currency p) as by_currency
    from c`);
  const [row] = rows;
  if (!row) return null;
  return {
    campaignId, days, beforeFrom: row.before_from, beforeTo: row.before_to, afterFrom: row.after_from, afterTo: row.after_to,
    counterparties: row.counterparties, byCurrency: parsedJson<SalesComparison[]>(row.by_currency),
  };
}
