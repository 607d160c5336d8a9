import { and, asc, desc, eq, inArray, isNotNull, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { idsByKeys, jsonValues, lockedRowsByKeys } from '../../db/bulk.js';
import { selectConnection } from '../../db/paging.js';
import { allColumnsOf, isAnyOf, readRows, readRowsByParent, rowsByIds, rowsByKeys, rowsByParents } from '../../db/json-rows.js';
import { folderTreeRepository } from '../folders/folders.repository.js';
import { searchTextMatches } from '../../db/search.js';
import { rowAtVersion, updateVersioned } from '../../db/versioned.js';
import {
  priceTypes, prices, productGroups, productRelations, products,
  type PriceRow, type PriceTypeRow, type ProductRow,
} from '../../db/schema/index.js';
import { sortBy, type PageArgs, type SortKey } from '../../lib/connection.js';
import type { UniqueFields } from '../../lib/write.js';

export type ProductInsert = typeof products.$inferInsert;
export type RelationKind = typeof productRelations.$inferSelect['kind'];

/** The unique constraints a product or price type write can break through its input. */
export const uniqueFields: UniqueFields = {
  products_external_id_key: { field: 'externalId', message: 'Another product already has this externalId.' },
  products_code_key: { field: 'code', message: 'Another product already has this code.' },
};
export const priceTypeUniqueFields: UniqueFields = {
  price_types_code_key: { field: 'code', message: 'Another price type already has this code.' },
  price_types_cost_currency_key: { field: 'currency', message: 'Another COST price type already has this currency; there is one per currency.' },
};

export interface ProductListFilter {
  search?: string | null;
  types?: ProductRow['type'][] | null;
  groupId?: number | null;
  includeSubgroups?: boolean | null;
  archived?: boolean | null;
}

export type ProductOrderField = 'NAME' | 'CREATED_AT';
export interface ProductOrder { field: ProductOrderField; direction?: 'ASC' | 'DESC' | null }

function filterCondition(filter: ProductListFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (filter.search) conditions.push(searchTextMatches(products.searchText, filter.search));
  // A list filter matches what is in the list: an empty list matches nothing.
  if (filter.types) conditions.push(inArray(products.type, filter.types));
  if (filter.groupId != null) {
    conditions.push(filter.includeSubgroups === false
      ? eq(products.groupId, filter.groupId)
      : inArray(products.groupId, groups.subtree(filter.groupId)));
  }
  if (filter.archived != null) conditions.push(filter.archived ? isNotNull(products.archivedAt) : isNull(products.archivedAt));
  return and(...conditions);
}

function orderKeys(orderBy: ProductOrder[]): SortKey<ProductRow>[] {
  const keys = orderBy.map((order): SortKey<ProductRow> => {
    const descending = order.direction === 'DESC';
    switch (order.field) {
      case 'NAME': return sortBy.text(products.name, (row) => row.name, descending);
      case 'CREATED_AT': return sortBy.instant(products.createdAt, (row) => row.createdAt, descending);
    }
  });
  const lastDescending = keys.length > 0 && keys[keys.length - 1].descending;
  return [...keys, sortBy.id<ProductRow>(products.id, lastDescending)];
}

export function list(db: Database, filter: ProductListFilter, orderBy: ProductOrder[], args: PageArgs) {
  const order = orderBy.length > 0 ? orderBy : [{ field: 'NAME' as const }];
  return selectConnection(db, allColumnsOf(products), filterCondition(filter), orderKeys(order), args, { planEachTime: Boolean(filter.search) });
}

export const byIds = (db: Database, ids: readonly number[]) =>
  rowsByIds(db, products, ids);

export const byExternalIds = (db: Database, externalIds: readonly string[]) =>
  rowsByKeys(db, products, products.externalId, externalIds);

export async function insert(db: Database, values: ProductInsert): Promise<ProductRow> {
  const [row] = await db.insert(products).values(values).returning();
  return row;
}

export const atVersion = (db: Database, id: number, expectedVersion: number) =>
  rowAtVersion(db, products, id, expectedVersion);

export const update = (db: Database, id: number, expectedVersion: number, values: Partial<ProductInsert>) =>
  updateVersioned(db, products, id, expectedVersion, values);

/** The products holding any of `codes` (matched as given), for an import to refuse taking them. */
export const byCodes = (db: Database, codes: readonly string[]) =>
  codes.length === 0
    ? Promise.resolve([])
    : db.select({ id: products.id, externalId: products.externalId, code: products.code }).from(products)
      .where(sql`${products.code} in ${jsonValues(codes)}`);

/** The nomenclature's folders, each holding products. */
export const groups = folderTreeRepository(productGroups, products.groupId);

// Price types and prices

export const priceTypesByIds = (db: Database, ids: readonly number[]) =>
  rowsByIds(db, priceTypes, ids);

export const allPriceTypes = (db: Database, purpose: PriceTypeRow['purpose'] | null) =>
  db.select().from(priceTypes).where(purpose === null ? undefined : eq(priceTypes.purpose, purpose))
    .orderBy(asc(priceTypes.name), asc(priceTypes.id));

export async function insertPriceType(db: Database, values: typeof priceTypes.$inferInsert): Promise<PriceTypeRow> {
  const [row] = await db.insert(priceTypes).values(values).returning();
  return row;
}

export const updatePriceType = (db: Database, id: number, expectedVersion: number, values: Partial<typeof priceTypes.$inferInsert>) =>
  updateVersioned(db, priceTypes, id, expectedVersion, values);

export const pricesByIds = (db: Database, ids: readonly number[]) =>
  rowsByIds(db, prices, ids);

/** Sets the price of (product, type, date), replacing one already set for that date, in one statement. */
export async function upsertPrice(db: Database, values: typeof prices.$inferInsert): Promise<PriceRow> {
  const [row] = await db.insert(prices).values(values).onConflictDoUpdate({
    target: [prices.productId, prices.priceTypeId, prices.effectiveFrom],
    set: { price: values.price, updatedAt: sql`now()`, version: sql`${prices.version} + 1` },
  }).returning();
  return row;
}

/**
 * Locks and reads the prices at the (product, type, date) keys given, in one statement, for an
 * import to compare with what it was sent; the locks hold until the transaction ends.
 */
export function lockedPricesByKeys(
  db: Database, keys: readonly { productId: number; priceTypeId: number; effectiveFrom: string }[],
): Promise<PriceRow[]> {
  if (keys.length === 0) return Promise.resolve([]);
  const json = JSON.stringify(keys.map((key) => ({ product_id: key.productId, price_type_id: key.priceTypeId, effective_from: key.effectiveFrom })));
  return db.select().from(prices)
    .where(sql`(${prices.productId}, ${prices.priceTypeId}, ${prices.effectiveFrom}) in (
      select k.product_id, k.price_type_id, k.effective_from
      from jsonb_to_recordset(${json}::jsonb) as k(product_id bigint, price_type_id bigint, effective_from date))`)
    // A fixed lock order: two chunks locking overlapping rows wait for each other, never deadlock.
    .orderBy(asc(prices.id))
    .for('update');
}

export async function deletePrice(db: Database, id: number): Promise<boolean> {
  const deleted = await db.delete(prices).where(eq(prices.id, id)).returning({ id: prices.id });
  return deleted.length > 0;
}

/**
 * For each product, its price of the types `ofTypes` selects in force on `on`: the latest
 * `effective_from` not after it. One statement for all products.
 */
const pricesInForce = (db: Database, productIds: readonly number[], ofTypes: SQL, on: string) =>
  readRows(db, allColumnsOf(prices), {}, (fields) => db.selectDistinctOn([prices.productId], fields).from(prices)
    .where(and(isAnyOf(prices.productId, productIds), ofTypes, lte(prices.effectiveFrom, on)))
    .orderBy(prices.productId, desc(prices.effectiveFrom)));

/** For each product, the price of `priceTypeId` in force on `on`. */
export const pricesOn = (db: Database, productIds: readonly number[], priceTypeId: number, on: string) =>
  pricesInForce(db, productIds, eq(prices.priceTypeId, priceTypeId), on);

/** For each product, its cost price in `currency` in force on `on`: a price of the COST type of that currency. */
export const costPricesOn = (db: Database, productIds: readonly number[], currency: string, on: string) =>
  pricesInForce(db, productIds, inArray(prices.priceTypeId, db.select({ id: priceTypes.id }).from(priceTypes)
    .where(and(eq(priceTypes.purpose, 'COST'), eq(priceTypes.currency, currency)))), on);

/**
 * The prices in force on `on` and those set for later dates, of every type or of one, for all
 * products in one statement: a price counts from the latest one not after `on`.
 */
export function currentAndFuturePrices(db: Database, productIds: readonly number[], priceTypeId: number | null, on: string) {
  const inForceFrom = sql`(
    select max(q.effective_from) from ${prices} q
    where q.product_id = ${prices.productId} and q.price_type_id = ${prices.priceTypeId} and q.effective_from <= ${on}::date)`;
  return rowsByParents(db, prices, prices.productId, productIds, [asc(prices.priceTypeId), asc(prices.effectiveFrom)], and(
    priceTypeId === null ? undefined : eq(prices.priceTypeId, priceTypeId),
    sql`${prices.effectiveFrom} >= coalesce(${inForceFrom}, '-infinity'::date)`,
  ));
}

// Relations

/** Related products of `kind` for each product, as stored (from product to related), by name. */
export const relatedProducts = (db: Database, productIds: readonly number[], kind: RelationKind) =>
  readRowsByParent(db, allColumnsOf(products), { parent: productRelations.productId, orderBy: [asc(products.name), asc(products.id)] },
    (fields) => db.select(fields).from(productRelations)
      .innerJoin(products, eq(products.id, productRelations.relatedId))
      .where(and(isAnyOf(productRelations.productId, productIds), eq(productRelations.kind, kind))));

export async function upsertRelation(db: Database, values: typeof productRelations.$inferInsert): Promise<void> {
  await db.insert(productRelations).values(values).onConflictDoUpdate({
    target: [productRelations.productId, productRelations.relatedId, productRelations.kind],
    set: { note: values.note ?? null },
  });
}

export async function deleteRelation(db: Database, productId: number, relatedId: number, kind: RelationKind): Promise<boolean> {
  const deleted = await db.delete(productRelations)
    .where(and(eq(productRelations.productId, productId), eq(productRelations.relatedId, relatedId), eq(productRelations.kind, kind)))
    .returning({ id: productRelations.productId });
  return deleted.length > 0;
}

/** For imports: the products with these external ids, locked until the chunk's transaction ends. */
export const lockedByExternalIds = (db: Database, externalIds: readonly string[]) =>
  lockedRowsByKeys<ProductRow>(db, products, 'external_id', externalIds);

/** For imports: the ids of the products with these external ids, by external id. */
export const idsByExternalIds = (db: Database, externalIds: readonly string[]) => idsByKeys(db, products, 'external_id', externalIds);

/** For imports: the ids of the price types with these codes, by code. */
export const priceTypeIdsByCodes = (db: Database, codes: readonly string[]) => idsByKeys(db, priceTypes, 'code', codes);
