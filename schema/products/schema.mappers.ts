import type { PriceRow, PriceTypeRow, ProductGroupRow, ProductRow } from '../../src/db/schema/index.js';
import type { Connection } from '../../src/lib/connection.js';

export type ProductMapper = ProductRow;
export type ProductConnectionMapper = Connection<ProductRow>;
export type ProductGroupMapper = ProductGroupRow;
export type PriceTypeMapper = PriceTypeRow;
export type PriceMapper = PriceRow;
