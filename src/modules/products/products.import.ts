import type { ProductImportRow } from '../../../schema/types.generated.js';
import type { Database } from '../../db/client.js';
import { products } from '../../db/schema/index.js';
import { normalisedFolderPath } from '../folders/folders.service.js';
import type { Importer, ImportMode, PendingRow } from '../imports/import-runner.js';
import { givenKeys, resolvedKey } from '../imports/natural-keys.js';
import { upsertRecords } from '../imports/record-upsert.js';
import * as repository from './products.repository.js';
import { productFieldValues } from './products.service.js';

type Checked = Partial<repository.ProductInsert>;
type Row = PendingRow<ProductImportRow, Checked>;

const folderPath = (path: string) => normalisedFolderPath(path) ?? '';

/**
 * `importProducts`: the fields are checked by the same rules as createProduct and updateProduct;
 * the group is named by its path. A code another product holds is refused before anything is
 * written, so the unique index only has to catch concurrent writers.
 */
export const productImporter: Importer<ProductImportRow, Checked> = {
  operation: 'importProducts',
  typeName: 'Product',
  check: (row, errors) => {
    const values = productFieldValues(row, errors, false);
    if (!values.externalId) errors.add(['externalId'], 'REQUIRED', 'externalId is required: rows are matched by it.');
    return values;
  },
  write: writeProducts,
};

async function writeProducts(tx: Database, rows: Row[], mode: ImportMode): Promise<void> {
  const input = rows.map((row) => row.row);
  const [groups, stored, holders] = await Promise.all([
    repository.groups.idsByPaths(tx, givenKeys(input, (r) => r.groupPath, folderPath)),
    repository.lockedByExternalIds(tx, rows.map((row) => row.key)),
    repository.byCodes(tx, givenKeys(rows, (row) => row.checked.code)),
  ]);

  for (const row of rows) {
    const groupId = resolvedKey(row.errors, ['groupPath'], row.row.groupPath, groups, 'product group at the path', folderPath);
    if (groupId !== undefined) row.checked.groupId = groupId;
  }
  refuseTakenCodes(rows, new Map(holders.map((holder) => [holder.code!, holder])));

  await upsertRecords(tx, rows, mode, {
    table: products,
    keyColumn: 'external_id',
    stored: new Map(stored.map((row) => [row.externalId!, row])),
    values: (row) => row.checked,
    newRecord: (row, values) => {
      if (!values.name) row.errors.add(['name'], 'REQUIRED', 'name is required for a new product.');
      if (!values.type) row.errors.add(['type'], 'REQUIRED', 'type is required for a new product.');
      if (!values.unit) row.errors.add(['unit'], 'REQUIRED', 'unit is required for a new product.');
      return row.errors.any ? null : values;
    },
  });
}

/**
 * A code belongs to one product. A row fails with DUPLICATE on `code` when a stored product with
 * another externalId holds it (even one this call moves to another code: codes are not swapped
 * within a call), or when an earlier row of the chunk, still valid, sends it for another product.
 */
function refuseTakenCodes(rows: Row[], holders: Map<string, { externalId: string | null }>): void {
  const claimed = new Map<string, number>();
  for (const row of rows) {
    const code = row.checked.code;
    if (code == null || row.errors.any) continue;
    const holder = holders.get(code);
    if (holder && holder.externalId !== row.key) {
      const whose = holder.externalId === null ? 'Another product' : `The product with externalId "${holder.externalId}"`;
      row.errors.add(['code'], 'DUPLICATE', `${whose} already has this code.`);
      continue;
    }
    const earlier = claimed.get(code);
    if (earlier !== undefined) row.errors.add(['code'], 'DUPLICATE', `Row ${earlier} of this call gives another product this code.`);
    else claimed.set(code, row.index);
  }
}
