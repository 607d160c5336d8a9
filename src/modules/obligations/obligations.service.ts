import type { Context } from '../../context.js';
import type { Selection } from '../../lib/selection.js';
import { chooseColumns } from '../../db/columns.js';
import { payloadWriter, versionedRow } from '../../lib/write.js';
import type { ObligationRow, obligations } from '../../db/schema/index.js';
import type { PageArgs } from '../../lib/connection.js';
import { referenceKeyOrThrow, requireKey } from '../../lib/global-id.js';
import { referenceKey, requireFound } from '../../lib/references.js';
import { failed, InputErrors, type Path } from '../../lib/user-errors.js';
import { requireWriter } from '../auth/viewer.js';
import { today } from '../../lib/dates.js';
import { decimalInput } from '../../lib/decimal-input.js';
import { AMOUNT_SCALE, fromHundredths, toHundredths } from '../../lib/money.js';
import { OPEN_STATUSES, statusFor } from './obligation-status.js';
import * as repository from './obligations.repository.js';
import type { ObligationDebtor, ObligationFilter, ObligationKind, ObligationStatus } from './obligations.repository.js';

const DESCRIPTION_MAX = 2000;
const EXTERNAL_ID_MAX = 200;

type ObligationValues = Partial<typeof obligations.$inferInsert>;

export interface ObligationFilterInput {
  counterpartyId?: string | null;
  statuses?: ObligationStatus[] | null;
  debtor?: ObligationDebtor | null;
  overdue?: boolean | null;
}

function readFilter(where: ObligationFilterInput | null | undefined): ObligationFilter {
  if (!where) return {};
  return {
    counterpartyId: referenceKeyOrThrow(where.counterpartyId, 'Counterparty', ['where', 'counterpartyId']),
    statuses: where.statuses,
    debtor: where.debtor,
    overdue: where.overdue,
  };
}

export const listObligations = (ctx: Context, where: ObligationFilterInput | null | undefined, args: PageArgs) =>
  repository.listObligations(ctx.db, readFilter(where), today(ctx.timeZone), args);

export const getObligation = (ctx: Context, id: string) =>
  ctx.loaders.obligations.byId.load(requireKey(id, 'Obligation', ['id']));

/** One counterparty's obligations, read together with the other counterparties of the same level. */
export const counterpartyObligations = (
  ctx: Context, counterpartyId: number, where: Omit<ObligationFilterInput, 'counterpartyId'> | null | undefined, selected: Selection,
) => ctx.loaders.obligations.byCounterpartyId.at(selected, () => ({
  filter: readFilter(where), columns: chooseColumns(repository.obligationColumns, selected),
})).load(counterpartyId);

/** Amounts are numeric(18,2): below 10^16, that is 10^18 hundredths. */
const MAX_AMOUNT = 10n ** 18n;

/** Reads a money amount into hundredths: at most 2 decimal places, zero or more (or more than zero). */
const amountOf = (errors: InputErrors, path: Path, value: string, zeroAllowed: boolean): bigint | null =>
  decimalInput(errors, path, value, toHundredths, AMOUNT_SCALE, MAX_AMOUNT, zeroAllowed);

/** Obligation fields create, update and import share (the counterparty aside). */
export interface ObligationFields {
  externalId?: string | null;
  kind?: ObligationKind | null;
  debtor?: ObligationDebtor | null;
  description?: string | null;
  amount?: string | null;
  currency?: string | null;
  dueDate?: string | null;
}

/**
 * Checks and normalises the fields given, those that need no lookup; omitted fields stay out of
 * the result, so the same function serves create (with `creating`, required fields must be
 * there), update and import. The amount is stored with two decimals ("100" becomes "100.00").
 */
export function obligationValues(input: ObligationFields, errors: InputErrors, creating: boolean) {
  const values: ObligationValues = {};
  if (input.externalId !== undefined) values.externalId = errors.text(['externalId'], input.externalId, { max: EXTERNAL_ID_MAX });
  if (creating || input.description !== undefined) {
    values.description = errors.text(['description'], input.description, { required: true, max: DESCRIPTION_MAX }) ?? undefined;
  }
  values.kind = errors.notNull(['kind'], input.kind);
  values.debtor = errors.notNull(['debtor'], input.debtor);
  if (input.currency !== undefined) values.currency = input.currency?.toUpperCase() ?? null;
  if (input.dueDate !== undefined) values.dueDate = input.dueDate;
  // Hundredths of the amount given: undefined when omitted, null when cleared (or invalid).
  let amount: bigint | null | undefined;
  if (input.amount === null) {
    amount = null;
    values.amount = null;
  } else if (input.amount !== undefined) {
    amount = amountOf(errors, ['amount'], input.amount, true);
    if (amount !== null) values.amount = fromHundredths(amount);
  }
  return { values, amount };
}

export function requireCurrency(errors: InputErrors, amount: unknown, currency: string | null | undefined) {
  if (amount != null && !currency) errors.add(['currency'], 'REQUIRED', 'currency is required when there is an amount.');
}

/** Writes an obligation; a taken external id or a reference deleted meanwhile become user errors. */
const saving = payloadWriter('obligation', repository.uniqueFields, (ctx: Context, obligation: ObligationRow) => {
  ctx.loaders.obligations.byId.clear(obligation.id).prime(obligation.id, obligation);
});

export interface CreateObligationInput extends ObligationFields {
  counterpartyId: string;
  kind: ObligationKind;
  debtor: ObligationDebtor;
  description: string;
}

export async function createObligation(ctx: Context, input: CreateObligationInput) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const counterpartyId = referenceKey(errors, ['counterpartyId'], input.counterpartyId, 'Counterparty');
  const counterparty = counterpartyId == null ? null : await ctx.loaders.counterparties.byId.load(counterpartyId);
  requireFound(errors, ['counterpartyId'], counterpartyId, counterparty, 'counterparty');
  const { values } = obligationValues(input, errors, true);
  requireCurrency(errors, input.amount, values.currency);
  if (errors.any) return failed(errors);
  return saving(ctx, errors, (tx) => repository.insertObligation(tx, {
    ...values,
    counterpartyId: counterpartyId!,
    kind: input.kind,
    debtor: input.debtor,
    description: values.description!,
    status: 'OPEN',
  }));
}

/** The obligation as it is now, at the version the client read (see rowAtVersion). */
async function currentObligation(ctx: Context, id: string, expectedVersion: number) {
  const key = requireKey(id, 'Obligation', ['input', 'id']);
  return { key, row: versionedRow(await repository.obligationAtVersion(ctx.db, key, expectedVersion), 'Obligation', expectedVersion) };
}

/** Writes `values` guarded by the version, so the state checked before is the state changed. */
async function writeVersioned(tx: Context['db'], key: number, expectedVersion: number, values: ObligationValues) {
  const result = await repository.updateObligation(tx, key, expectedVersion, values);
  return versionedRow(result, 'Obligation', expectedVersion);
}

const isOpen = (status: ObligationStatus) => (OPEN_STATUSES as readonly string[]).includes(status);

/**
 * The rules of a new amount for a stored obligation (`given` as sent, `amount` its hundredths, as
 * obligationValues answers them): it may not drop below what is already fulfilled, nor be cleared
 * once something is. A new amount may settle or reopen what is owed, so it sets `values.status`;
 * a cancelled obligation stays cancelled.
 */
export function changeAmount(
  errors: InputErrors, row: ObligationRow, given: string | null | undefined, amount: bigint | null | undefined, values: ObligationValues,
): void {
  const fulfilled = toHundredths(row.fulfilledAmount)!;
  if (amount === null && given === null && fulfilled > 0n) {
    errors.add(['amount'], 'OUT_OF_RANGE', `${row.fulfilledAmount} is already fulfilled; the amount cannot be cleared.`);
  } else if (amount != null && amount < fulfilled) {
    errors.add(['amount'], 'OUT_OF_RANGE', `amount may not be below the ${row.fulfilledAmount} already fulfilled, got "${given}".`);
  }
  if (given !== undefined && row.status !== 'CANCELLED') values.status = statusFor(amount ?? null, fulfilled);
}

export async function updateObligation(ctx: Context, input: ObligationFields & { id: string; expectedVersion: number }) {
  requireWriter(ctx.viewer);
  const { key, row } = await currentObligation(ctx, input.id, input.expectedVersion);
  const errors = new InputErrors();
  const { values, amount } = obligationValues(input, errors, false);
  changeAmount(errors, row, input.amount, amount, values);
  const finalAmount = input.amount !== undefined ? input.amount : row.amount;
  requireCurrency(errors, finalAmount, values.currency !== undefined ? values.currency : row.currency);
  if (errors.any) return failed(errors);
  return saving(ctx, errors, (tx) => writeVersioned(tx, key, input.expectedVersion, values));
}

/** Kinds of a contract's obligations that its orders' shipments (DELIVERY, SERVICE) and payments (PAYMENT) fulfil. */
const FULFILLED_BY_ORDERS: readonly ObligationKind[] = ['DELIVERY', 'SERVICE', 'PAYMENT'];

/**
 * Records by hand that part of an obligation was fulfilled, as a dated entry of its chronicle.
 * What a contract generated for delivery, service or payment is fulfilled only by the shipments
 * and payments of its orders, so that the obligations and the settlements stay one account.
 */
export async function recordFulfilment(ctx: Context, input: { id: string; expectedVersion: number; amount: string; date?: string | null }) {
  requireWriter(ctx.viewer);
  const { key, row } = await currentObligation(ctx, input.id, input.expectedVersion);
  const errors = new InputErrors();
  if (row.contractId !== null && FULFILLED_BY_ORDERS.includes(row.kind)) {
    errors.add(['id'], 'INVALID_STATE', `This ${row.kind} obligation was generated by its contract and is fulfilled by the ${row.kind === 'PAYMENT' ? 'payments' : 'shipments'} of orders under that contract.`);
  } else if (!isOpen(row.status)) {
    errors.add(['id'], 'INVALID_STATE', `Only an OPEN or PARTIALLY_FULFILLED obligation can be fulfilled; this one is ${row.status}.`);
  } else if (row.amount === null) {
    errors.add(['id'], 'INVALID_STATE', 'This obligation has no amount; set its amount first.');
  }
  const paid = amountOf(errors, ['amount'], input.amount, false);
  if (errors.any) return failed(errors);
  const total = toHundredths(row.amount!)!;
  const fulfilled = toHundredths(row.fulfilledAmount)! + paid!;
  if (fulfilled > total) {
    const outstanding = fromHundredths(total - toHundredths(row.fulfilledAmount)!);
    errors.add(['amount'], 'OUT_OF_RANGE', `Only ${outstanding} is outstanding; "${input.amount}" would fulfil more than the amount owed.`);
    return failed(errors);
  }
  const date = input.date ?? today(ctx.timeZone);
  return saving(ctx, errors, async (tx) => {
    const saved = await writeVersioned(tx, key, input.expectedVersion, {
      fulfilledAmount: fromHundredths(fulfilled),
      status: statusFor(total, fulfilled),
    });
    await repository.insertManualFulfilment(tx, { obligationId: key, date, amount: fromHundredths(paid!) });
    ctx.loaders.obligations.fulfilmentsByObligationId.clear(key);
    return saved;
  });
}

/** `Obligation.fulfilments`: its chronicle, oldest first, every obligation of a level in one statement. */
export const obligationFulfilments = (ctx: Context, obligationId: number) =>
  ctx.loaders.obligations.fulfilmentsByObligationId.load(obligationId);

export async function cancelObligation(ctx: Context, input: { id: string; expectedVersion: number }) {
  requireWriter(ctx.viewer);
  const { key, row } = await currentObligation(ctx, input.id, input.expectedVersion);
  const errors = new InputErrors();
  if (!isOpen(row.status)) {
    errors.add(['id'], 'INVALID_STATE', `Only an OPEN or PARTIALLY_FULFILLED obligation can be cancelled; this one is ${row.status}.`);
    return failed(errors);
  }
  return saving(ctx, errors, (tx) => writeVersioned(tx, key, input.expectedVersion, { status: 'CANCELLED' }));
}
