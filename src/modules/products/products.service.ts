import type { Context } from '../../context.js';
import { searchTerm } from '../../lib/search-term.js';
import { updatedRow } from '../../db/versioned.js';
import { writeReportingConflicts, type UniqueField } from '../../db/write.js';
import type { ProductRow } from '../../db/schema/index.js';
import type { PageArgs } from '../../lib/connection.js';
import { notFound, staleVersion } from '../../lib/errors.js';
import { requireKey } from '../../lib/global-id.js';
import { referenceKey, requireFound } from '../../lib/references.js';
import { failed, InputErrors } from '../../lib/user-errors.js';
import { requireWriter } from '../auth/viewer.js';
import * as repository from './products.repository.js';

export interface ProductFields {
  externalId?: string | null;
  code?: string | null;
  name?: string | null;
  type?: ProductRow['type'] | null;
  unit?: string | null;
  groupId?: string | null;
  description?: string | null;
}

export function listProducts(ctx: Context, filter: repository.ProductListFilter, orderBy: repository.ProductOrder[], args: PageArgs) {
  return repository.list(ctx.db, { ...filter, search: searchTerm(filter.search) }, orderBy, args);
}

/**
 * Checks and normalises the fields given that need no lookup; omitted fields stay out of the
 * result, so the same function serves create (with `creating`, required fields must be there),
 * update and import.
 */
export function productFieldValues(
  input: Omit<ProductFields, 'groupId'>, errors: InputErrors, creating: boolean,
): Partial<repository.ProductInsert> {
  const values: Partial<repository.ProductInsert> = {};
  if (input.externalId !== undefined) values.externalId = errors.text(['externalId'], input.externalId, { max: 200 });
  if (input.code !== undefined) values.code = errors.text(['code'], input.code, { max: 100 });
  if (creating || input.name !== undefined) values.name = errors.text(['name'], input.name, { required: true, max: 300 }) ?? undefined;
  if (creating && input.type == null) errors.add(['type'], 'REQUIRED', 'type is required.');
  else values.type = errors.notNull(['type'], input.type);
  if (creating || input.unit !== undefined) values.unit = errors.text(['unit'], input.unit, { required: true, max: 20 }) ?? undefined;
  if (input.description !== undefined) values.description = errors.text(['description'], input.description, { max: 10_000 });
  return values;
}

/** Checks and normalises the fields given, and that the group they name exists. */
async function productValues(
  ctx: Context, input: ProductFields, errors: InputErrors, creating: boolean,
): Promise<Partial<repository.ProductInsert>> {
  const values = productFieldValues(input, errors, creating);
  const groupId = referenceKey(errors, ['groupId'], input.groupId, 'ProductGroup');
  if (groupId != null) requireFound(errors, ['groupId'], groupId, await ctx.loaders.productGroups.byId.load(groupId), 'product group');
  if (input.groupId !== undefined) values.groupId = groupId ?? null;
  return values;
}

const UNIQUE_FIELDS: UniqueField[] = [
  { constraint: 'products_external_id_key', field: 'externalId', message: 'Another product already has this externalId.' },
  { constraint: 'products_code_key', field: 'code', message: 'Another product already has this code.' },
];

/** Makes this request's loaders answer with the product as just written. */
function saved(ctx: Context, errors: InputErrors, product: ProductRow | null) {
  if (!product) return failed(errors);
  ctx.loaders.productById.clear(product.id).prime(product.id, product);
  return { product, userErrors: [] };
}

export async function createProduct(ctx: Context, input: ProductFields) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const values = await productValues(ctx, input, errors, true);
  if (errors.any) return failed(errors);
  return saved(ctx, errors, await writeReportingConflicts(errors, () => repository.insert(ctx.db, values as repository.ProductInsert), UNIQUE_FIELDS));
}

export async function updateProduct(ctx: Context, input: ProductFields & { id: string; expectedVersion: number }) {
  requireWriter(ctx.viewer);
  const key = requireKey(input.id, 'Product', ['input', 'id']);
  const errors = new InputErrors();
  const values = await productValues(ctx, input, errors, false);
  if (errors.any) return failed(errors);
  const product = await writeReportingConflicts(errors, async () =>
    updatedRow(await repository.update(ctx.db, key, input.expectedVersion, values), 'Product', input.expectedVersion), UNIQUE_FIELDS);
  return saved(ctx, errors, product);
}

export async function setArchived(ctx: Context, input: { id: string; expectedVersion: number }, archived: boolean) {
  requireWriter(ctx.viewer);
  const key = requireKey(input.id, 'Product', ['input', 'id']);
  // Read fresh: the request's loader may hold a version an earlier mutation of the request changed.
  const [current] = await repository.byIds(ctx.db, [key]);
  if (!current) throw notFound('Product', ['input', 'id']);
  if (current.version !== input.expectedVersion) throw staleVersion('Product', input.expectedVersion, current.version);
  if ((current.archivedAt !== null) === archived) {
    const errors = new InputErrors();
    errors.add(['id'], 'INVALID_STATE', archived ? 'The product is already archived.' : 'The product is not archived.');
    return failed(errors);
  }
  const result = await repository.update(ctx.db, key, input.expectedVersion, { archivedAt: archived ? new Date() : null });
  return saved(ctx, new InputErrors(), updatedRow(result, 'Product', input.expectedVersion));
}

export const productByExternalId = (ctx: Context, externalId: string) => ctx.loaders.productByExternalId.load(externalId.trim());

/** Links a product to an analogue or substitute; a product is never related to itself. */
export async function setRelation(
  ctx: Context, input: { productId: string; relatedId: string; kind: repository.RelationKind; note?: string | null },
) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const productId = referenceKey(errors, ['productId'], input.productId, 'Product');
  const relatedId = referenceKey(errors, ['relatedId'], input.relatedId, 'Product');
  const note = errors.text(['note'], input.note, { max: 1000 });
  const [product, related] = await Promise.all([
    productId != null ? ctx.loaders.productById.load(productId) : null,
    relatedId != null ? ctx.loaders.productById.load(relatedId) : null,
  ]);
  requireFound(errors, ['productId'], productId, product, 'product');
  requireFound(errors, ['relatedId'], relatedId, related, 'product');
  if (productId != null && productId === relatedId) {
    errors.add(['relatedId'], 'INVALID', 'A product cannot be its own analogue or substitute.');
  }
  if (errors.any) return failed(errors);
  const written = await writeReportingConflicts(errors, async () => {
    await repository.upsertRelation(ctx.db, { productId: productId!, relatedId: relatedId!, kind: input.kind, note });
    return true;
  });
  if (!written) return failed(errors);
  return { product: product!, userErrors: [] };
}

export async function removeRelation(ctx: Context, input: { productId: string; relatedId: string; kind: repository.RelationKind }) {
  requireWriter(ctx.viewer);
  const productId = requireKey(input.productId, 'Product', ['input', 'productId']);
  const errors = new InputErrors();
  const relatedId = referenceKey(errors, ['relatedId'], input.relatedId, 'Product');
  if (errors.any) return failed(errors);
  const product = await ctx.loaders.productById.load(productId);
  if (!product) throw notFound('Product', ['input', 'productId']);
  if (!(await repository.deleteRelation(ctx.db, productId, relatedId!, input.kind))) {
    errors.add(['relatedId'], 'NOT_FOUND', `The product has no such ${input.kind.toLowerCase()}.`);
    return failed(errors);
  }
  return { product, userErrors: [] };
}
