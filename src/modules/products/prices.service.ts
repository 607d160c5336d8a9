import type { Context } from '../../context.js';
import { payloadWriter, versionedRow } from '../../lib/write.js';
import type { PriceRow, PriceTypeRow, ProductRow } from '../../db/schema/index.js';
import { today } from '../../lib/dates.js';
import { notFound } from '../../lib/errors.js';
import { referenceKeyOrThrow, requireKey, toGlobalId } from '../../lib/global-id.js';
import { referenceKey, requireFound } from '../../lib/references.js';
import { failed, InputErrors } from '../../lib/user-errors.js';
import { requireWriter } from '../auth/viewer.js';
import { checkPrice } from './price-rules.js';
import * as repository from './products.repository.js';

const savePriceType = payloadWriter('priceType', repository.priceTypeUniqueFields, (ctx: Context, priceType: PriceTypeRow) => {
  ctx.loaders.products.priceTypeById.clear(priceType.id).prime(priceType.id, priceType);
});

const savePrice = payloadWriter('price', {}, (ctx: Context, price: PriceRow) => {
  ctx.loaders.products.priceById.clear(price.id).prime(price.id, price);
});

export const listPriceTypes = (ctx: Context, purpose: PriceTypeRow['purpose'] | null | undefined) =>
  repository.allPriceTypes(ctx.db, purpose ?? null);

export async function createPriceType(ctx: Context, input: { code: string; name: string; currency: string; purpose?: PriceTypeRow['purpose'] | null }) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const code = errors.text(['code'], input.code, { required: true, max: 50 });
  const name = errors.text(['name'], input.name, { required: true, max: 200 });
  if (errors.any) return failed(errors);
  return savePriceType(ctx, errors, (tx) => repository.insertPriceType(tx, {
    code: code!, name: name!, currency: input.currency, purpose: input.purpose ?? 'SALE',
  }));
}

export async function updatePriceType(
  ctx: Context, input: { id: string; expectedVersion: number; code?: string | null; name?: string | null; currency?: string | null },
) {
  requireWriter(ctx.viewer);
  const key = requireKey(input.id, 'PriceType', ['input', 'id']);
  const errors = new InputErrors();
  const values: { code?: string; name?: string; currency?: string } = {};
  if (input.code !== undefined) values.code = errors.text(['code'], input.code, { required: true, max: 50 }) ?? undefined;
  if (input.name !== undefined) values.name = errors.text(['name'], input.name, { required: true, max: 200 }) ?? undefined;
  values.currency = errors.notNull(['currency'], input.currency);
  if (errors.any) return failed(errors);
  return savePriceType(ctx, errors, async (tx) =>
    versionedRow(await repository.updatePriceType(tx, key, input.expectedVersion, values), 'PriceType', input.expectedVersion));
}

/** Sets the price of a product and type from a date on; one already set for that date is replaced. */
export async function setPrice(ctx: Context, input: { productId: string; priceTypeId: string; effectiveFrom: string; price: string }) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const productId = referenceKey(errors, ['productId'], input.productId, 'Product');
  const priceTypeId = referenceKey(errors, ['priceTypeId'], input.priceTypeId, 'PriceType');
  const price = checkPrice(errors, ['price'], input.price);
  const [product, priceType] = await Promise.all([
    productId != null ? ctx.loaders.products.byId.load(productId) : null,
    priceTypeId != null ? ctx.loaders.products.priceTypeById.load(priceTypeId) : null,
  ]);
  requireFound(errors, ['productId'], productId, product, 'product');
  requireFound(errors, ['priceTypeId'], priceTypeId, priceType, 'price type');
  if (errors.any) return failed(errors);
  return savePrice(ctx, errors, (tx) => repository.upsertPrice(tx, {
    productId: productId!, priceTypeId: priceTypeId!, effectiveFrom: input.effectiveFrom, price: price!,
  }));
}

export async function deletePrice(ctx: Context, input: { id: string }) {
  requireWriter(ctx.viewer);
  const key = requireKey(input.id, 'Price', ['input', 'id']);
  if (!(await repository.deletePrice(ctx.db, key))) throw notFound('Price', ['input', 'id']);
  ctx.loaders.products.priceById.clear(key);
  return { deletedId: toGlobalId('Price', key), userErrors: [] };
}

/** A product's prices in force today and those set for later dates, of one type or all. */
export function productPrices(ctx: Context, product: ProductRow, priceTypeId: string | null | undefined) {
  const typeKey = referenceKeyOrThrow(priceTypeId, 'PriceType', ['priceTypeId']);
  return ctx.loaders.products.prices({ priceTypeId: typeKey, on: today(ctx.timeZone) }).load(product.id);
}

/** The price of a type in force on a date (default today): the latest one not after it. */
export function productPriceOn(ctx: Context, product: ProductRow, priceTypeId: string, on: string | null | undefined) {
  const typeKey = requireKey(priceTypeId, 'PriceType', ['priceTypeId']);
  return ctx.loaders.products.priceOn({ priceTypeId: typeKey, on: on ?? today(ctx.timeZone) }).load(product.id);
}

/** The product's cost price in `currency` in force on a date (default today): a price of that currency's COST type. */
export function productCostPriceOn(ctx: Context, product: ProductRow, currency: string, on: string | null | undefined) {
  return ctx.loaders.products.costPriceOn({ currency: currency.toUpperCase(), on: on ?? today(ctx.timeZone) }).load(product.id);
}

export async function priceCurrency(ctx: Context, priceTypeId: number): Promise<string> {
  return (await ctx.loaders.products.priceTypeById.load(priceTypeId))!.currency;
}
