import type { Database } from '../../db/client.js';
import type { ProductRow } from '../../db/schema/index.js';
import { folderTreeLoaders } from '../folders/folders.loaders.js';
import { listsByParentLoader, loaderPerArguments, rowByKeyLoader, type NodeFetchers } from '../../lib/loader.js';
import * as repository from './products.repository.js';

/** This module's per-request loaders, each made on first use (see `lazyLoaders`). */
export const productLoaders = {
  byId: (db: Database) => rowByKeyLoader((ids) => repository.byIds(db, ids), (row) => row.id),
  byExternalId: (db: Database) => rowByKeyLoader<ProductRow, string>((ids) => repository.byExternalIds(db, ids), (row) => row.externalId!),
  groups: (db: Database) => folderTreeLoaders(db, repository.groups),
  priceTypeById: (db: Database) => rowByKeyLoader((ids) => repository.priceTypesByIds(db, ids), (row) => row.id),
  priceById: (db: Database) => rowByKeyLoader((ids) => repository.pricesByIds(db, ids), (row) => row.id),
  /** Per (price type, date): each product's price in force that day. */
  priceOn: (db: Database) => loaderPerArguments(({ priceTypeId, on }: { priceTypeId: number; on: string }) =>
    rowByKeyLoader((ids) => repository.pricesOn(db, ids, priceTypeId, on), (row) => row.productId)),
  /** Per (currency, date): each product's cost price in that currency in force that day. */
  costPriceOn: (db: Database) => loaderPerArguments(({ currency, on }: { currency: string; on: string }) =>
    rowByKeyLoader((ids) => repository.costPricesOn(db, ids, currency, on), (row) => row.productId)),
  /** Per (price type or all, today): each product's current and future prices. */
  prices: (db: Database) => loaderPerArguments(({ priceTypeId, on }: { priceTypeId: number | null; on: string }) =>
    listsByParentLoader((ids) => repository.currentAndFuturePrices(db, ids, priceTypeId, on))),
  related: (db: Database) => loaderPerArguments((kind: repository.RelationKind) =>
    listsByParentLoader((ids) => repository.relatedProducts(db, ids, kind))),
};

/** The types of this module `node(id)` fetches, through its loaders. */
export const productNodes: NodeFetchers<typeof productLoaders> = {
  ProductGroup: (loaders, key) => loaders.groups.byId.load(key),
  Product: (loaders, key) => loaders.byId.load(key),
  PriceType: (loaders, key) => loaders.priceTypeById.load(key),
  Price: (loaders, key) => loaders.priceById.load(key),
};
