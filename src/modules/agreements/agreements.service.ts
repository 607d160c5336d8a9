import type { Context } from '../../context.js';
import { payloadWriter, versionedRow } from '../../lib/write.js';
import type { AgreementRow, PaymentStage } from '../../db/schema/index.js';
import type { PageArgs } from '../../lib/connection.js';
import { referenceKeyOrThrow, requireKey } from '../../lib/global-id.js';
import { referenceKey, requireFound } from '../../lib/references.js';
import { today } from '../../lib/dates.js';
import { failed, InputErrors } from '../../lib/user-errors.js';
import { requireWriter } from '../auth/viewer.js';
import { fromHundredths } from '../../lib/money.js';
import * as repository from './agreements.repository.js';
import type { AgreementFilter, AgreementInsert, AgreementKind, AgreementStatus } from './agreements.repository.js';
import {
  canMoveTo, checkDays, effectiveTerms, inheritedTerms, isUsableOn, missingForActivation, ownTerms, percentOf,
  TERM_COLUMNS, validateSchedule, validityInOrder, type DiscountRow, type TermName, type Terms, type TermValues,
} from './terms.js';

const NAME_MAX = 200;
const SEGMENT_MAX = 200;
const EXTERNAL_ID_MAX = 200;

export interface AgreementFilterInput {
  kinds?: AgreementKind[] | null;
  statuses?: AgreementStatus[] | null;
  segment?: string | null;
  counterpartyId?: string | null;
}

function readFilter(where: AgreementFilterInput | null | undefined): AgreementFilter {
  if (!where) return {};
  return {
    kinds: where.kinds,
    statuses: where.statuses,
    segment: where.segment,
    counterpartyId: referenceKeyOrThrow(where.counterpartyId, 'Counterparty', ['where', 'counterpartyId']),
  };
}

export const listAgreements = (ctx: Context, where: AgreementFilterInput | null | undefined, args: PageArgs) =>
  repository.listAgreements(ctx.db, readFilter(where), args);

export const getAgreement = (ctx: Context, id: string) =>
  ctx.loaders.agreements.byId.load(requireKey(id, 'Agreement', ['id']));

export const counterpartyAgreements = (ctx: Context, counterpartyId: number) =>
  ctx.loaders.agreements.byCounterpartyId.load(counterpartyId);

export const individualAgreements = (ctx: Context, row: AgreementRow) =>
  (row.kind === 'TYPICAL' ? ctx.loaders.agreements.byBaseId.load(row.id) : Promise.resolve([]));

const baseOf = async (ctx: Context, row: AgreementRow) =>
  (row.baseAgreementId === null ? null : ctx.loaders.agreements.byId.load(row.baseAgreementId));

export const baseAgreement = baseOf;

export async function agreementOwnTerms(ctx: Context, row: AgreementRow): Promise<Terms> {
  return ownTerms(row, await ctx.loaders.agreements.groupDiscountsByAgreementId.load(row.id));
}

/** The effective terms: the base is read first, then both agreements' discounts in one batch. */
export async function agreementTerms(ctx: Context, row: AgreementRow): Promise<Terms> {
  const base = await baseOf(ctx, row);
  const [own, inherited = []] = await Promise.all(
    [row.id, ...(base ? [base.id] : [])].map((id) => ctx.loaders.agreements.groupDiscountsByAgreementId.load(id)),
  );
  return effectiveTerms(row, own, base, inherited);
}

export const agreementInheritedTerms = (row: AgreementRow): TermName[] => inheritedTerms(row);

export async function agreementUsable(ctx: Context, row: AgreementRow, on: string | null | undefined): Promise<boolean> {
  const base = await baseOf(ctx, row);
  const terms = base ? effectiveTerms(row, [], base, []) : row;
  return isUsableOn(row, base, terms, on ?? today(ctx.timeZone));
}

interface PaymentStageInput { percent: string; basis: 'ORDER' | 'SHIPMENT'; days: number; prepayment: boolean }

export interface TermsInput {
  paymentSchedule?: PaymentStageInput[] | null;
  paymentMethod?: AgreementRow['paymentMethod'];
  priceTypeId?: string | null;
  currency?: string | null;
  deliveryDays?: number | null;
  discountPercent?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
  contractsRequired?: boolean | null;
}

interface GroupDiscountInput { productGroupId: string; discountPercent: string }

/** Validates the given terms; only those present in `input` are returned (null meaning "none"/"inherit"). */
async function termValues(ctx: Context, errors: InputErrors, input: TermsInput | null | undefined): Promise<Partial<TermValues>> {
  const values: Partial<TermValues> = {};
  if (!input) return values;
  const at = errors.under(['terms']);
  if (input.paymentSchedule !== undefined) {
    values.paymentSchedule = input.paymentSchedule === null ? null : validateSchedule(at, ['paymentSchedule'], input.paymentSchedule as PaymentStage[]);
  }
  if (input.paymentMethod !== undefined) values.paymentMethod = input.paymentMethod;
  if (input.priceTypeId !== undefined) {
    const key = referenceKey(at, ['priceTypeId'], input.priceTypeId, 'PriceType');
    const found = key == null ? null : await ctx.loaders.products.priceTypeById.load(key);
    requireFound(at, ['priceTypeId'], key, found, 'price type');
    // Cost prices are the company's own; selling at them would show them on every order.
    if (found?.purpose === 'COST') at.add(['priceTypeId'], 'INVALID', `${found.code} is a COST price type; an agreement sells at a SALE price type.`);
    values.priceTypeId = key ?? null;
  }
  if (input.currency !== undefined) values.currency = input.currency?.toUpperCase() ?? null;
  if (input.deliveryDays !== undefined) {
    values.deliveryDays = input.deliveryDays;
    if (input.deliveryDays !== null) checkDays(at, ['deliveryDays'], input.deliveryDays);
  }
  if (input.discountPercent !== undefined) {
    const percent = input.discountPercent === null
      ? null
      : percentOf(at, ['discountPercent'], input.discountPercent, -10000n, 10000n, 'between -100 and 100');
    values.discountPercent = percent === null ? null : fromHundredths(percent);
  }
  if (input.validFrom !== undefined) values.validFrom = input.validFrom;
  if (input.validTo !== undefined) values.validTo = input.validTo;
  if (input.contractsRequired !== undefined) values.contractsRequired = input.contractsRequired;
  return values;
}

/** Validates group discounts: each group once, existing, its percent within -100..100. */
async function groupDiscountRows(ctx: Context, errors: InputErrors, input: GroupDiscountInput[] | null | undefined): Promise<DiscountRow[] | undefined> {
  if (input === undefined || input === null) return undefined;
  const at = errors.under(['groupDiscounts']);
  const seen = new Set<number>();
  const keys = input.map((item, i) => referenceKey(at, [i, 'productGroupId'], item.productGroupId, 'ProductGroup'));
  const groups = await Promise.all(keys.map((key) => (key == null ? null : ctx.loaders.products.groups.byId.load(key))));
  const rows: DiscountRow[] = [];
  input.forEach((item, i) => {
    const key = keys[i];
    requireFound(at, [i, 'productGroupId'], key, groups[i], 'product group');
    if (key != null && seen.has(key)) at.add([i, 'productGroupId'], 'DUPLICATE', 'This product group is already in the list.');
    if (key != null) seen.add(key);
    const percent = percentOf(at, [i, 'discountPercent'], item.discountPercent, -10000n, 10000n, 'between -100 and 100');
    if (key != null && percent !== null) rows.push({ productGroupId: key, discountPercent: fromHundredths(percent) });
  });
  return rows;
}

/** validTo not before validFrom, on the terms the agreement will have in force. */
function checkValidity(errors: InputErrors, terms: Pick<TermValues, 'validFrom' | 'validTo'>) {
  if (!validityInOrder(terms.validFrom, terms.validTo)) {
    errors.add(['terms', 'validTo'], 'OUT_OF_RANGE', `validTo (${terms.validTo}) may not be before validFrom (${terms.validFrom}).`);
  }
}

/** Writes the agreement row and its discount rows in one transaction; conflicts become user errors. */
const saving = payloadWriter('agreement', repository.uniqueFields, (ctx: Context, agreement: AgreementRow) => {
  // The request's loaders may hold the old row or discounts; later fields read the saved ones.
  ctx.loaders.agreements.byId.clear(agreement.id).prime(agreement.id, agreement);
  ctx.loaders.agreements.groupDiscountsByAgreementId.clear(agreement.id);
});

interface CommonInput {
  externalId?: string | null;
  name?: string | null;
  terms?: TermsInput | null;
  groupDiscounts?: GroupDiscountInput[] | null;
}

export async function createTypicalAgreement(ctx: Context, input: CommonInput & { name: string; segment: string }) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const name = errors.text(['name'], input.name, { required: true, max: NAME_MAX });
  const segment = errors.text(['segment'], input.segment, { required: true, max: SEGMENT_MAX });
  const externalId = errors.text(['externalId'], input.externalId, { max: EXTERNAL_ID_MAX });
  const terms = await termValues(ctx, errors, input.terms);
  const discounts = await groupDiscountRows(ctx, errors, input.groupDiscounts);
  checkValidity(errors, { validFrom: terms.validFrom ?? null, validTo: terms.validTo ?? null });
  if (errors.any) return failed(errors);
  return saving(ctx, errors, async (tx) => {
    const row = await repository.insertAgreement(tx, { ...terms, externalId, name: name!, segment, kind: 'TYPICAL', status: 'DRAFT' });
    await repository.replaceDiscounts(tx, row.id, discounts ?? []);
    return row;
  });
}

export async function createIndividualAgreement(
  ctx: Context, input: CommonInput & { name: string; counterpartyId: string; baseAgreementId: string },
) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const name = errors.text(['name'], input.name, { required: true, max: NAME_MAX });
  const externalId = errors.text(['externalId'], input.externalId, { max: EXTERNAL_ID_MAX });
  const counterpartyId = referenceKey(errors, ['counterpartyId'], input.counterpartyId, 'Counterparty');
  const baseId = referenceKey(errors, ['baseAgreementId'], input.baseAgreementId, 'Agreement');
  const [counterparty, base] = await Promise.all([
    counterpartyId == null ? null : ctx.loaders.counterparties.byId.load(counterpartyId),
    baseId == null ? null : repository.agreementById(ctx.db, baseId),
  ]);
  requireFound(errors, ['counterpartyId'], counterpartyId, counterparty, 'counterparty');
  requireFound(errors, ['baseAgreementId'], baseId, base, 'agreement');
  if (base && base.kind !== 'TYPICAL') {
    errors.add(['baseAgreementId'], 'INVALID', 'An individual agreement is made from a TYPICAL agreement; this one is INDIVIDUAL.');
  } else if (base && base.status === 'CLOSED') {
    errors.add(['baseAgreementId'], 'INVALID_STATE', 'The base agreement is CLOSED.');
  }
  const terms = await termValues(ctx, errors, input.terms);
  const discounts = await groupDiscountRows(ctx, errors, input.groupDiscounts);
  checkValidity(errors, {
    validFrom: terms.validFrom ?? base?.validFrom ?? null,
    validTo: terms.validTo ?? base?.validTo ?? null,
  });
  if (errors.any) return failed(errors);
  return saving(ctx, errors, async (tx) => {
    const row = await repository.insertAgreement(tx, {
      ...terms, externalId, name: name!, kind: 'INDIVIDUAL', status: 'DRAFT', counterpartyId: counterpartyId!, baseAgreementId: baseId!,
    });
    await repository.replaceDiscounts(tx, row.id, discounts ?? []);
    return row;
  });
}

/**
 * The agreement as it is now, at the version the client read (see rowAtVersion), and the one
 * it is based on.
 */
async function currentAgreement(ctx: Context, id: string, expectedVersion: number) {
  const key = requireKey(id, 'Agreement', ['input', 'id']);
  const row = versionedRow(await repository.agreementAtVersion(ctx.db, key, expectedVersion), 'Agreement', expectedVersion);
  const base = row.baseAgreementId === null ? null : await repository.agreementById(ctx.db, row.baseAgreementId);
  return { key, row, base };
}

/** The value a term will have in force after writing `values` over `row` (inheriting from `base`). */
function effective<C extends keyof TermValues>(row: AgreementRow, base: AgreementRow | null, values: Partial<TermValues>, column: C) {
  const own = values[column] !== undefined ? values[column]! : row[column];
  return own ?? (base ? base[column] : null);
}

export async function updateAgreement(ctx: Context, input: CommonInput & { id: string; expectedVersion: number; segment?: string | null }) {
  requireWriter(ctx.viewer);
  const { key, row, base } = await currentAgreement(ctx, input.id, input.expectedVersion);
  const errors = new InputErrors();
  if (row.status === 'CLOSED') errors.add(['id'], 'INVALID_STATE', 'A CLOSED agreement cannot be changed.');
  const values: Partial<AgreementInsert> = {};
  if (input.name !== undefined) values.name = errors.text(['name'], input.name, { required: true, max: NAME_MAX }) ?? undefined;
  if (input.externalId !== undefined) values.externalId = errors.text(['externalId'], input.externalId, { max: EXTERNAL_ID_MAX });
  if (input.segment !== undefined) {
    if (row.kind !== 'TYPICAL') errors.add(['segment'], 'INVALID', 'Only a TYPICAL agreement has a segment.');
    else values.segment = errors.text(['segment'], input.segment, { required: true, max: SEGMENT_MAX }) ?? undefined;
  }
  const terms = await termValues(ctx, errors, input.terms);
  const discounts = await groupDiscountRows(ctx, errors, input.groupDiscounts);
  checkValidity(errors, { validFrom: effective(row, base, terms, 'validFrom'), validTo: effective(row, base, terms, 'validTo') });
  if (row.status === 'ACTIVE') {
    const missing = missingForActivation({ priceTypeId: effective(row, base, terms, 'priceTypeId'), currency: effective(row, base, terms, 'currency') });
    for (const name of missing) {
      errors.add(['terms', TERM_COLUMNS[name]], 'REQUIRED', `An ACTIVE agreement needs ${TERM_COLUMNS[name]}; it cannot be removed.`);
    }
  }
  if (errors.any) return failed(errors);
  return saving(ctx, errors, async (tx) => {
    // The version check comes first: a stale version throws and the discounts stay untouched.
    const saved = versionedRow(await repository.updateAgreement(tx, key, input.expectedVersion, { ...values, ...terms }), 'Agreement', input.expectedVersion);
    if (discounts) await repository.replaceDiscounts(tx, key, discounts);
    return saved;
  });
}

async function moveTo(ctx: Context, input: { id: string; expectedVersion: number }, status: AgreementStatus) {
  requireWriter(ctx.viewer);
  const { key, row, base } = await currentAgreement(ctx, input.id, input.expectedVersion);
  const errors = new InputErrors();
  if (!canMoveTo(row.status, status)) {
    errors.add(['id'], 'INVALID_STATE', `A ${row.status} agreement cannot become ${status}; agreements go DRAFT → ACTIVE → CLOSED.`);
    return failed(errors);
  }
  if (status === 'ACTIVE') {
    const missing = missingForActivation({ priceTypeId: effective(row, base, {}, 'priceTypeId'), currency: effective(row, base, {}, 'currency') });
    for (const name of missing) {
      errors.add(['terms', TERM_COLUMNS[name]], 'REQUIRED', `The agreement needs ${TERM_COLUMNS[name]} (term ${name}) before it can be activated.`);
    }
    if (errors.any) return failed(errors);
  }
  return saving(ctx, errors, async (tx) => versionedRow(await repository.updateAgreement(tx, key, input.expectedVersion, { status }), 'Agreement', input.expectedVersion));
}

export const activateAgreement = (ctx: Context, input: { id: string; expectedVersion: number }) => moveTo(ctx, input, 'ACTIVE');
export const closeAgreement = (ctx: Context, input: { id: string; expectedVersion: number }) => moveTo(ctx, input, 'CLOSED');
