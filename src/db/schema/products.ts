import { sql } from 'drizzle-orm';
import {
  check, date, index, numeric, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex,
} from 'drizzle-orm/pg-core';
import { folderTable, id, recordColumns, ref } from './columns.js';

/** Goods are shipped; services are performed (service schedules need a SERVICE item). */
export const productType = pgEnum('product_type', ['GOODS', 'SERVICE']);
/** An analogue can be offered instead with the buyer's agreement; a substitute replaces the product outright. */
export const productRelationKind = pgEnum('product_relation_kind', ['ANALOGUE', 'SUBSTITUTE']);
/**
 * SALE prices are what agreements and orders charge; COST prices are what the company pays for a
 * product, which profit is counted against. Both are dated prices of a type, set and imported alike.
 */
export const priceTypePurpose = pgEnum('price_type_purpose', ['SALE', 'COST']);

/** A folder of the nomenclature. */
export const productGroups = folderTable('product_groups');

export const products = pgTable('products', {
  id: id(),
  externalId: text('external_id'),
  /** Article number (SKU) as the company writes it; unique when present. */
  code: text('code'),
  name: text('name').notNull(),
  type: productType('type').notNull(),
  /** Unit of measure as written on documents: pcs, kg, hour, month. */
  unit: text('unit').notNull(),
  groupId: ref('group_id').references(() => productGroups.id),
  description: text('description'),
  archivedAt: timestamp('archived_at', { withTimezone: true, mode: 'date', precision: 3 }),
  searchText: text('search_text').notNull().generatedAlwaysAs(sql`lower(name || ' ' || coalesce(code, ''))`),
  ...recordColumns(),
}, (t) => [
  uniqueIndex('products_external_id_key').on(t.externalId),
  uniqueIndex('products_code_key').on(t.code),
  index('products_name_id_idx').on(t.name, t.id),
  index('products_group_id_idx').on(t.groupId),
  index('products_search_text_trgm_idx').using('gin', t.searchText.op('gin_trgm_ops')),
]);

/**
 * A kind of price (retail, wholesale, dealer); agreements say which one their orders use. A COST
 * type holds cost prices in its currency: at most one per currency, so an order's lines find their
 * cost by the order's currency alone.
 */
export const priceTypes = pgTable('price_types', {
  id: id(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  currency: text('currency').notNull(),
  /** Fixed at creation: agreements may name only SALE types. */
  purpose: priceTypePurpose('purpose').notNull().default('SALE'),
  ...recordColumns(),
}, (t) => [
  uniqueIndex('price_types_code_key').on(t.code),
  uniqueIndex('price_types_cost_currency_key').on(t.currency).where(sql`${t.purpose} = 'COST'`),
]);

/**
 * A product's price of one type from a date on: the price in force on a day is the one with the
 * latest `effective_from` not after it.
 */
export const prices = pgTable('prices', {
  id: id(),
  productId: ref('product_id').notNull().references(() => products.id),
  priceTypeId: ref('price_type_id').notNull().references(() => priceTypes.id),
  effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
  price: numeric('price', { precision: 18, scale: 2 }).notNull(),
  ...recordColumns(),
}, (t) => [
  uniqueIndex('prices_product_type_from_key').on(t.productId, t.priceTypeId, t.effectiveFrom),
  index('prices_price_type_id_idx').on(t.priceTypeId),
  check('prices_price_not_negative', sql`${t.price} >= 0`),
]);

/** The product dossier's links: for a product, its analogues and substitutes. */
export const productRelations = pgTable('product_relations', {
  productId: ref('product_id').notNull().references(() => products.id),
  relatedId: ref('related_id').notNull().references(() => products.id),
  kind: productRelationKind('kind').notNull(),
  note: text('note'),
  createdAt: recordColumns().createdAt,
}, (t) => [
  primaryKey({ columns: [t.productId, t.relatedId, t.kind] }),
  index('product_relations_related_id_idx').on(t.relatedId),
  check('product_relations_not_self', sql`${t.productId} <> ${t.relatedId}`),
]);

export type ProductGroupRow = typeof productGroups.$inferSelect;
export type ProductRow = typeof products.$inferSelect;
export type PriceTypeRow = typeof priceTypes.$inferSelect;
export type PriceRow = typeof prices.$inferSelect;
export type ProductRelationRow = typeof productRelations.$inferSelect;
