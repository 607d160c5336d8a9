import type { PriceImportRow } from '../../../schema/types.generated.js';
import type { Database } from '../../db/client.js';
import { insertManyReturning, updateMany } from '../../db/bulk.js';
import { prices, type PriceRow } from '../../db/schema/index.js';
import type { Importer, ImportMode, PendingRow } from '../imports/import-runner.js';
import { givenKeys, resolvedKey } from '../imports/natural-keys.js';
import { checkPrice } from './price-rules.js';
import * as repository from './products.repository.js';

interface Checked {
  productExternalId: string | null;
  priceTypeCode: string | null;
  effectiveFrom: string;
  price: string | null;
}
type Row = PendingRow<PriceImportRow, Checked>;
type PriceKey = { productId: number; priceTypeId: number; effectiveFrom: string };

/** A price's key by ids, as stored rows and inserted rows both give it. */
const idKey = (key: { productId: number | string; priceTypeId: number | string; effectiveFrom: string }) =>
  `${key.productId}|${key.priceTypeId}|${key.effectiveFrom}`;

/**
 * `importPrices`: a price has no externalId of its own; it is matched by its product's externalId,
 * its price type's code and the date it takes effect, as setPrice matches it by ids. The price is
 * checked by the same rule as setPrice and compared in its stored form, so "100" matches a stored
 * "100.00". A key sent twice, or a differing price in CREATE_ONLY mode, is an error on the row.
 */
export const priceImporter: Importer<PriceImportRow, Checked> = {
  operation: 'importPrices',
  typeName: 'Price',
  key: (row) => JSON.stringify([row.productExternalId.trim(), row.priceTypeCode.trim(), row.effectiveFrom]),
  // The key is made of three fields: errors about it name the row.
  keyField: [],
  externalId: (row) => row.productExternalId,
  check: (row, errors) => ({
    productExternalId: errors.text(['productExternalId'], row.productExternalId, { required: true, max: 200 }),
    priceTypeCode: errors.text(['priceTypeCode'], row.priceTypeCode, { required: true, max: 50 }),
    effectiveFrom: row.effectiveFrom,
    price: checkPrice(errors, ['price'], row.price),
  }),
  write: writePrices,
};

async function writePrices(tx: Database, rows: Row[], mode: ImportMode): Promise<void> {
  const [productIds, priceTypeIds] = await Promise.all([
    repository.idsByExternalIds(tx, givenKeys(rows, (row) => row.checked.productExternalId)),
    repository.priceTypeIdsByCodes(tx, givenKeys(rows, (row) => row.checked.priceTypeCode)),
  ]);
  const targets = new Map<Row, PriceKey>();
  for (const row of rows) {
    const { errors, checked } = row;
    const productId = resolvedKey(errors, ['productExternalId'], checked.productExternalId, productIds, 'product with the externalId');
    const priceTypeId = resolvedKey(errors, ['priceTypeCode'], checked.priceTypeCode, priceTypeIds, 'price type with the code');
    if (productId != null && priceTypeId != null && !errors.any) {
      targets.set(row, { productId, priceTypeId, effectiveFrom: checked.effectiveFrom });
    }
  }

  const stored = new Map((await repository.lockedPricesByKeys(tx, [...targets.values()])).map((price) => [idKey(price), price]));
  const creates: { row: Row; record: PriceKey & { price: string } }[] = [];
  const updates: PriceRow[] = [];
  for (const [row, target] of targets) {
    const price = row.checked.price!;
    const current = stored.get(idKey(target));
    if (!current) {
      creates.push({ row, record: { ...target, price } });
    } else if (current.price === price) {
      // checkPrice answers the form numeric(18,2) is read back in, so equal prices are equal strings.
      row.outcome = { status: 'UNCHANGED', id: current.id };
    } else if (mode === 'CREATE_ONLY') {
      row.errors.add([], 'DUPLICATE', `This product's ${row.checked.priceTypeCode} price from ${target.effectiveFrom} exists (${current.price}) and differs; CREATE_ONLY does not update it.`);
    } else {
      updates.push({ ...current, price });
      row.outcome = { status: 'UPDATED', id: current.id };
    }
  }

  const inserted = await insertManyReturning(tx, prices, creates.map((create) => create.record), ['product_id', 'price_type_id', 'effective_from']);
  const idByKey = new Map(inserted.map(({ id, columns }) => [
    idKey({ productId: columns.product_id, priceTypeId: columns.price_type_id, effectiveFrom: columns.effective_from }), id,
  ]));
  for (const create of creates) create.row.outcome = { status: 'CREATED', id: idByKey.get(idKey(create.record))! };
  await updateMany(tx, prices, updates);
}
