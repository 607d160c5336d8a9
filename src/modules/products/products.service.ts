import type { Context } from '../../context.js';
import { searchTerm } from '../../lib/search-term.js';
import { payloadWriter, versionedRow, writeArchived, writeInTransaction } from '../../lib/write.js';
import type { ProductRow } from '../../db/schema/index.js';
import type { PageArgs } from '../../lib/connection.js';
import { notFound } from '../../lib/errors.js';
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
  if (groupId != null) requireFound(errors, ['groupId'], groupId, await ctx.loaders.products.groups.byId.load(groupId), 'product group');
  if (input.groupId !== undefined) values.groupId = groupId ?? null;
  return values;
}

/** Writes a product; the request's loaders then answer with it as written. */
const saving = payloadWriter('product', repository.uniqueFields, (ctx: Context, product: ProductRow) => {
  ctx.loaders.products.byId.clear(product.id).prime(product.id, product);
});

export async function createProduct(ctx: Context, input: ProductFields) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const values = await productValues(ctx, input, errors, true);
  if (errors.any) return failed(errors);
  return saving(ctx, errors, (tx) => repository.insert(tx, values as repository.ProductInsert));
}

export async function updateProduct(ctx: Context, input: ProductFields & { id: string; expectedVersion: number }) {
  requireWriter(ctx.viewer);
  const key = requireKey(input.id, 'Product', ['input', 'id']);
  const errors = new InputErrors();
  const values = await productValues(ctx, input, errors, false);
  if (errors.any) return failed(errors);
  return saving(ctx, errors, async (tx) =>
    versionedRow(await repository.update(tx, key, input.expectedVersion, values), 'Product', input.expectedVersion));
}

export function setArchived(ctx: Context, input: { id: string; expectedVersion: number }, archive: boolean) {
  requireWriter(ctx.viewer);
  const key = requireKey(input.id, 'Product', ['input', 'id']);
  return writeArchived(ctx, key, input.expectedVersion, archive, { type: 'Product', noun: 'product', atVersion: repository.atVersion, update: repository.update }, saving);
}

export const productByExternalId = (ctx: Context, externalId: string) => ctx.loaders.products.byExternalId.load(externalId.trim());

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
    productId != null ? ctx.loaders.products.byId.load(productId) : null,
    relatedId != null ? ctx.loaders.products.byId.load(relatedId) : null,
  ]);
  requireFound(errors, ['productId'], productId, product, 'product');
  requireFound(errors, ['relatedId'], relatedId, related, 'product');
  if (productId != null && productId === relatedId) {
    errors.add(['relatedId'], 'INVALID', 'A product cannot be its own analogue or substitute.');
  }
  if (errors.any) return failed(errors);
  const written = await writeInTransaction(ctx.db, errors, {}, async (tx) => {
    await repository.upsertRelation(tx, { productId: productId!, relatedId: relatedId!, kind: input.kind, note });
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
  const product = await ctx.loaders.products.byId.load(productId);
  if (!product) throw notFound('Product', ['input', 'productId']);
  if (!(await repository.deleteRelation(ctx.db, productId, relatedId!, input.kind))) {
    errors.add(['relatedId'], 'NOT_FOUND', `The product has no such ${input.kind.toLowerCase()}.`);
    return failed(errors);
  }
  return { product, userErrors: [] };
}
