import { and, arrayContains, asc, desc, eq, inArray, isNotNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { lockedRowsByKeys } from '../../db/bulk.js';
import type { Database } from '../../db/client.js';
import { allColumnsOf, rowsByIds, rowsByParents } from '../../db/json-rows.js';
import { selectConnection } from '../../db/paging.js';
import { appealActions, appeals, appealTypes, knowledgeArticles, type AppealActionRow, type AppealRow, type KnowledgeArticleRow } from '../../db/schema/index.js';
import { searchTextMatches } from '../../db/search.js';
import { rowAtVersion, updateVersioned } from '../../db/versioned.js';
import { sortBy, type PageArgs, type SortKey } from '../../lib/connection.js';
import type { UniqueFields } from '../../lib/write.js';
import { folderTreeRepository } from '../folders/folders.repository.js';

export type AppealInsert = typeof appeals.$inferInsert;
export type AppealStatus = AppealRow['status'];
export type AppealActionInsert = typeof appealActions.$inferInsert;

/** The statuses of an appeal still being worked off: past its due time it is overdue. */
export const OPEN_STATUSES: readonly AppealStatus[] = ['NEW', 'IN_PROGRESS', 'WAITING_FOR_CLIENT'];

/** The unique constraints an appeal write can break through its input. */
export const uniqueFields: UniqueFields = {
  appeals_external_id_key: { field: 'externalId', message: 'Another appeal already has this externalId.' },
};

export const types = folderTreeRepository(appealTypes, appeals.typeId);

/** An appeal filter with ids decoded; every given condition must hold. */
export interface AppealFilter {
  counterpartyId?: number | null;
  responsibleEmployeeId?: number | null;
  departmentId?: number | null;
  typeId?: number | null;
  statuses?: AppealStatus[] | null;
  /** Open and past due (true), or not (false), at the instant `now`. */
  overdue?: boolean | null;
}

/** Whether an appeal is overdue at `now`: still open and past its due time. An instant, so no time zone enters. */
export const overdueAt = (now: Date): SQL =>
  and(inArray(appeals.status, [...OPEN_STATUSES]), isNotNull(appeals.dueAt), lt(appeals.dueAt, now))!;

function conditions(filter: AppealFilter, now: Date): SQL | undefined {
  const where: (SQL | undefined)[] = [];
  if (filter.counterpartyId != null) where.push(eq(appeals.counterpartyId, filter.counterpartyId));
  if (filter.responsibleEmployeeId != null) where.push(eq(appeals.responsibleEmployeeId, filter.responsibleEmployeeId));
  if (filter.departmentId != null) where.push(eq(appeals.departmentId, filter.departmentId));
  if (filter.typeId != null) where.push(inArray(appeals.typeId, types.subtree(filter.typeId)));
  if (filter.statuses) where.push(inArray(appeals.status, filter.statuses));
  if (filter.overdue != null) where.push(filter.overdue ? overdueAt(now) : sql`not (${overdueAt(now)})`);
  return and(...where);
}

/** Newest first. */
const newestFirst: SortKey<AppealRow>[] = [sortBy.id<AppealRow>(appeals.id, true)];

export const listAppeals = (db: Database, filter: AppealFilter, now: Date, args: PageArgs) =>
  selectConnection(db, allColumnsOf(appeals), conditions(filter, now), newestFirst, args);

export const appealsByIds = (db: Database, ids: readonly number[]) => rowsByIds(db, appeals, ids);

/** The appeals of all `counterpartyIds`, each counterparty's newest first. */
export const appealsByCounterparties = (db: Database, counterpartyIds: readonly number[]) =>
  rowsByParents(db, appeals, appeals.counterpartyId, counterpartyIds, [desc(appeals.id)]);

/** The action chronicle of each of `appealIds`, oldest first. */
export const actionsByAppeals = (db: Database, appealIds: readonly number[]) =>
  rowsByParents(db, appealActions, appealActions.appealId, appealIds, [asc(appealActions.happenedAt), asc(appealActions.id)]);

export const actionsByIds = (db: Database, ids: readonly number[]) => rowsByIds(db, appealActions, ids);

export const appealAtVersion = (db: Database, id: number, expectedVersion: number) => rowAtVersion(db, appeals, id, expectedVersion);

/** For imports: the appeals with these external ids, locked until the chunk's transaction ends. */
export const lockedByExternalIds = (db: Database, externalIds: readonly string[]) =>
  lockedRowsByKeys<AppealRow>(db, appeals, 'external_id', externalIds);

export async function insertAppeal(db: Database, values: AppealInsert): Promise<AppealRow> {
  const [row] = await db.insert(appeals).values(values).returning();
  return row;
}

export const updateAppeal = (db: Database, id: number, expectedVersion: number, values: Partial<AppealInsert>) =>
  updateVersioned(db, appeals, id, expectedVersion, values);

export async function insertAction(db: Database, values: AppealActionInsert): Promise<AppealActionRow> {
  const [row] = await db.insert(appealActions).values(values).returning();
  return row;
}

export type KnowledgeArticleInsert = typeof knowledgeArticles.$inferInsert;

/** An article filter with ids decoded; every given condition must hold. */
export interface ArticleFilter {
  search?: string | null;
  tags?: string[] | null;
  productId?: number | null;
  appealTypeId?: number | null;
}

/**
 * Articles whose words include the term's (full text, `simple` configuration: no language's
 * stemming, so Ukrainian and Russian match as written), or whose text holds it as typed (trigrams:
 * a fragment of a word, a number). Both through their GIN indexes.
 */
function articleMatches(term: string): SQL {
  return or(
    sql`to_tsvector('simple', ${knowledgeArticles.searchText}) @@ websearch_to_tsquery('simple', ${term})`,
    searchTextMatches(knowledgeArticles.searchText, term),
  )!;
}

function articleConditions(filter: ArticleFilter): SQL | undefined {
  return and(
    filter.search ? articleMatches(filter.search) : undefined,
    // Every article has all of no tags (Drizzle's arrayContains refuses an empty list).
    filter.tags && filter.tags.length > 0 ? arrayContains(knowledgeArticles.tags, filter.tags) : undefined,
    filter.productId != null ? eq(knowledgeArticles.productId, filter.productId) : undefined,
    filter.appealTypeId != null ? inArray(knowledgeArticles.appealTypeId, types.subtree(filter.appealTypeId)) : undefined,
  );
}

const newestArticlesFirst: SortKey<KnowledgeArticleRow>[] = [sortBy.id<KnowledgeArticleRow>(knowledgeArticles.id, true)];

export const listArticles = (db: Database, filter: ArticleFilter, args: PageArgs) =>
  selectConnection(db, allColumnsOf(knowledgeArticles), articleConditions(filter), newestArticlesFirst, args);

export const articlesByIds = (db: Database, ids: readonly number[]) => rowsByIds(db, knowledgeArticles, ids);

export const articleAtVersion = (db: Database, id: number, expectedVersion: number) => rowAtVersion(db, knowledgeArticles, id, expectedVersion);

export async function insertArticle(db: Database, values: KnowledgeArticleInsert): Promise<KnowledgeArticleRow> {
  const [row] = await db.insert(knowledgeArticles).values(values).returning();
  return row;
}

export const updateArticle = (db: Database, id: number, expectedVersion: number, values: Partial<KnowledgeArticleInsert>) =>
  updateVersioned(db, knowledgeArticles, id, expectedVersion, values);
