import type { PriceRow, PriceTypeRow, ProductGroupRow, ProductRow } from '../../src/db/schema';
import type { Connection } from '../../src/lib/connection';

export type ProductMapper = ProductRow;
export type ProductConnectionMapper = Connection<ProductRow>;
export type ProductGroupMapper = ProductGroupRow;
export type PriceTypeMapper = PriceTypeRow;
export type PriceMapper = PriceRow;
