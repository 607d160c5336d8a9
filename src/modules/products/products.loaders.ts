import type { Database } from '../../db/client';
import type { ProductRow } from '../../db/schema';
import { folderTreeLoaders } from '../../lib/folder-tree';
import { loaderPerArguments, rowByKeyLoader, rowsByParentLoader } from '../../lib/loader';
import type { Viewer } from '../auth/viewer';
import * as repository from './products.repository';

export function createProductLoaders(db: Database, _viewer: Viewer) {
  return {
    productById: rowByKeyLoader((ids) => repository.byIds(db, ids), (row) => row.id),
    productByExternalId: rowByKeyLoader<ProductRow, string>((ids) => repository.byExternalIds(db, ids), (row) => row.externalId!),
    productGroups: folderTreeLoaders(db, repository.groups),
    priceTypeById: rowByKeyLoader((ids) => repository.priceTypesByIds(db, ids), (row) => row.id),
    priceById: rowByKeyLoader((ids) => repository.pricesByIds(db, ids), (row) => row.id),
    /** Per (price type, date): each product's price in force that day. */
    productPriceOn: loaderPerArguments(({ priceTypeId, on }: { priceTypeId: number; on: string }) =>
      rowByKeyLoader((ids) => repository.pricesOn(db, ids, priceTypeId, on), (row) => row.productId)),
    /** Per (price type or all, today): each product's current and future prices. */
    productPrices: loaderPerArguments(({ priceTypeId, on }: { priceTypeId: number | null; on: string }) =>
      rowsByParentLoader((ids) => repository.currentAndFuturePrices(db, ids, priceTypeId, on), (row) => row.productId)),
    relatedProducts: loaderPerArguments((kind: repository.RelationKind) =>
      rowsByParentLoader((ids) => repository.relatedProducts(db, ids, kind), (row) => row.parentId, (row) => row.product)),
  };
}
