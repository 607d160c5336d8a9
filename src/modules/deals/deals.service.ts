import type { Context } from '../../context.js';
import type { Database } from '../../db/client.js';
import type { DealRow, LostReasonRow } from '../../db/schema/index.js';
import type { PageArgs } from '../../lib/connection.js';
import { decimalInput } from '../../lib/decimal-input.js';
import { referenceKeyOrThrow, requireKey } from '../../lib/global-id.js';
import { AMOUNT_SCALE, fromHundredths, toHundredths } from '../../lib/money.js';
import { referenceKey, requireFound } from '../../lib/references.js';
import { failed, InputErrors, type Path } from '../../lib/user-errors.js';
import { payloadWriter, versionedRow, writeInTransaction } from '../../lib/write.js';
import { zonedPeriod } from '../../lib/zoned-period.js';
import { requireWriter } from '../auth/viewer.js';
import * as repository from './deals.repository.js';
import {
  COLUMNS, CONTACT_COLUMNS, type DealColumn, type DealFilter, type DealInsert, type DealMoveInsert, type DealResult, type DealStage,
} from './deals.repository.js';

const NAME_MAX = 500;
const NOTE_MAX = 2000;
const EXTERNAL_ID_MAX = 200;
const REASON_NAME_MAX = 200;
/** Amounts are numeric(18,2): below 10^16, that is 10^18 hundredths. */
const MAX_AMOUNT = 10n ** 18n;
const DAY_MS = 86_400_000;

// ---- The rules of the funnel ----

const position = (column: DealColumn) => COLUMNS.indexOf(column);

/**
 * Whether `moveDeal` takes a deal from `from` to `to`: forward by any number of columns; back by
 * one among the CONTACT columns (a follow-up counted too early), never back to PROSPECT or
 * INTERESTED (a later contact does not undo the interest shown); never out of RESULT, which
 * only `reopenDeal` leaves.
 */
export function canMove(from: DealColumn, to: DealColumn): boolean {
  if (from === 'RESULT' || from === to) return false;
  if (position(to) > position(from)) return true;
  return CONTACT_COLUMNS.includes(from) && CONTACT_COLUMNS.includes(to) && position(from) - position(to) === 1;
}

/** The columns a deal in `from` may move to, for messages. */
const movesFrom = (from: DealColumn) => COLUMNS.filter((to) => canMove(from, to));

// ---- Reading ----

export interface DealFilterInput {
  counterpartyId?: string | null;
  campaignId?: string | null;
  assignedEmployeeId?: string | null;
  columns?: DealColumn[] | null;
  stages?: DealStage[] | null;
  result?: DealResult | null;
  followUpDue?: boolean | null;
  expectedFrom?: string | null;
  expectedTo?: string | null;
}

function readFilter(where: DealFilterInput | null | undefined): DealFilter {
  return {
    counterpartyId: referenceKeyOrThrow(where?.counterpartyId, 'Counterparty', ['where', 'counterpartyId']),
    campaignId: referenceKeyOrThrow(where?.campaignId, 'Campaign', ['where', 'campaignId']),
    assignedEmployeeId: referenceKeyOrThrow(where?.assignedEmployeeId, 'Employee', ['where', 'assignedEmployeeId']),
    columns: where?.columns,
    stages: where?.stages,
    result: where?.result,
    followUpDue: where?.followUpDue,
    expectedFrom: where?.expectedFrom,
    expectedTo: where?.expectedTo,
  };
}

export const listDeals = (ctx: Context, where: DealFilterInput | null | undefined, args: PageArgs) =>
  repository.listDeals(ctx.db, readFilter(where), new Date(), ctx.deals.followUpDays, args);

export const getDeal = (ctx: Context, id: string) => ctx.loaders.deals.byId.load(requireKey(id, 'Deal', ['id']));

/** The latest of the deal's last move and the last DONE contact with its counterparty or contact card. */
export async function silentSince(ctx: Context, deal: Pick<DealRow, 'id' | 'lastMovedAt'>): Promise<Date> {
  const contact = await ctx.loaders.deals.lastDoneContactByDealId.load(deal.id);
  return contact !== null && contact > deal.lastMovedAt ? contact : deal.lastMovedAt;
}

/** In a CONTACT column and silent for more than FOLLOW_UP_DAYS days now. */
export async function followUpDue(ctx: Context, deal: Pick<DealRow, 'id' | 'lastMovedAt' | 'column'>, now = new Date()): Promise<boolean> {
  if (!CONTACT_COLUMNS.includes(deal.column)) return false;
  return (await silentSince(ctx, deal)).getTime() < now.getTime() - ctx.deals.followUpDays * DAY_MS;
}

/** The deal's orders, in the order they were linked: links, then the orders through their own loader. */
export async function dealOrders(ctx: Context, dealId: number) {
  const links = await ctx.loaders.deals.orderLinksByDealId.load(dealId);
  const orders = await Promise.all(links.map((link) => ctx.loaders.orders.byId.load(link.orderId)));
  return orders.filter((order) => order !== null);
}

export const listLostReasons = (ctx: Context, active: boolean | null | undefined) => repository.listLostReasons(ctx.db, active);

export function salesFunnel(ctx: Context, args: { from: string; to: string; employeeId?: string | null; byEmployee?: boolean | null; timeZone?: string | null }) {
  const period = zonedPeriod(args);
  const employeeId = referenceKeyOrThrow(args.employeeId, 'Employee', ['employeeId']);
  return repository.funnel(ctx.db, period, employeeId, args.byEmployee ?? false);
}

// ---- Writing ----

const rememberDeal = (ctx: Context, deal: DealRow) => {
  ctx.loaders.deals.byId.clear(deal.id).prime(deal.id, deal);
  if (deal.counterpartyId !== null) ctx.loaders.deals.byCounterpartyId.clear(deal.counterpartyId);
  if (deal.contactCardId !== null) ctx.loaders.deals.byContactCardId.clear(deal.contactCardId);
  ctx.loaders.deals.movesByDealId.clear(deal.id);
  ctx.loaders.deals.orderLinksByDealId.clear(deal.id);
};

/** Writes a deal (and its history) in one transaction. */
const saveDeal = payloadWriter('deal', repository.uniqueFields, rememberDeal);

/** Reads a money amount into hundredths: at most 2 decimal places, zero or more. */
const amountOf = (errors: InputErrors, path: Path, value: string): bigint | null =>
  decimalInput(errors, path, value, toHundredths, AMOUNT_SCALE, MAX_AMOUNT, true);

/** A deal's own fields, references aside: what creation, change and the importer share. */
export interface DealFields {
  externalId?: string | null;
  name?: string | null;
  amount?: string | null;
  currency?: string | null;
  expectedDate?: string | null;
  remindAt?: Date | null;
}

/** Checks and normalises the own fields given; omitted ones stay out of the result. */
export function dealFieldValues(errors: InputErrors, input: DealFields, creating: boolean): Partial<DealInsert> {
  const values: Partial<DealInsert> = {};
  if (input.externalId !== undefined) values.externalId = errors.text(['externalId'], input.externalId, { max: EXTERNAL_ID_MAX });
  if (creating || input.name !== undefined) values.name = errors.text(['name'], input.name, { required: true, max: NAME_MAX }) ?? undefined;
  if (input.amount !== undefined) {
    const amount = input.amount === null ? null : amountOf(errors, ['amount'], input.amount);
    values.amount = amount === null ? null : fromHundredths(amount);
  }
  if (input.currency !== undefined) values.currency = input.currency?.toUpperCase() ?? null;
  if (input.expectedDate !== undefined) values.expectedDate = input.expectedDate;
  if (input.remindAt !== undefined) values.remindAt = input.remindAt;
  return values;
}

/** The rule across fields of a deal as it will be: an amount has a currency. */
export function checkDeal(errors: InputErrors, deal: Pick<DealInsert, 'amount' | 'currency'>) {
  if (deal.amount != null && !deal.currency) errors.add(['currency'], 'REQUIRED', 'currency is required when there is an amount.');
}

interface DealReferences {
  assignedEmployeeId?: string | null;
  informationSourceId?: string | null;
  campaignId?: string | null;
  contractId?: string | null;
}

/**
 * Reads the references a deal names, for a deal of `counterpartyId`: each one given but missing
 * is NOT_FOUND on its field; the employee and the source must be active, the contract the
 * counterparty's. Answers the values to write: null clears a reference, one left out is not there.
 */
async function references(ctx: Context, errors: InputErrors, input: DealReferences, counterpartyId: number | null | undefined) {
  const keys = {
    assignedEmployeeId: referenceKey(errors, ['assignedEmployeeId'], input.assignedEmployeeId, 'Employee'),
    informationSourceId: referenceKey(errors, ['informationSourceId'], input.informationSourceId, 'InformationSource'),
    campaignId: referenceKey(errors, ['campaignId'], input.campaignId, 'Campaign'),
    contractId: referenceKey(errors, ['contractId'], input.contractId, 'Contract'),
  };
  const load = <T>(key: number | null | undefined, loader: { load(key: number): Promise<T> }) => (key == null ? null : loader.load(key));
  const [employee, source, campaign, contract] = await Promise.all([
    load(keys.assignedEmployeeId, ctx.loaders.catalogues.employeeById),
    load(keys.informationSourceId, ctx.loaders.catalogues.informationSourceById),
    load(keys.campaignId, ctx.loaders.campaigns.byId),
    load(keys.contractId, ctx.loaders.contracts.byId),
  ]);
  requireFound(errors, ['assignedEmployeeId'], keys.assignedEmployeeId, employee, 'employee');
  requireFound(errors, ['informationSourceId'], keys.informationSourceId, source, 'information source');
  requireFound(errors, ['campaignId'], keys.campaignId, campaign, 'campaign');
  requireFound(errors, ['contractId'], keys.contractId, contract, 'contract');
  if (employee && !employee.active) errors.add(['assignedEmployeeId'], 'INVALID_STATE', 'This employee is inactive and cannot be given deals.');
  if (source && !source.active) errors.add(['informationSourceId'], 'INVALID_STATE', 'This information source is inactive and cannot be chosen for new records.');
  if (contract && contract.counterpartyId !== counterpartyId) {
    errors.add(['contractId'], 'INVALID', counterpartyId == null
      ? 'A contact card\'s deal has no contract until the card is converted into a counterparty.'
      : 'This contract is another counterparty\'s; a deal names a contract of its own counterparty.');
  }
  const values: Partial<DealInsert> = {};
  for (const [field, key] of Object.entries(keys) as [keyof typeof keys, number | null | undefined][]) {
    if (input[field] !== undefined) values[field] = key ?? null;
  }
  return values;
}

/** Who made a move: the request's API key and its employee. */
const author = (ctx: Context): Pick<DealMoveInsert, 'movedByApiKeyId' | 'movedByEmployeeId'> =>
  ({ movedByApiKeyId: ctx.viewer.apiKeyId, movedByEmployeeId: ctx.viewer.employeeId });

export interface CreateDealInput extends DealFields, Omit<DealReferences, 'contractId'> {
  counterpartyId?: string | null;
  contactCardId?: string | null;
  name: string;
  stage?: DealStage | null;
  column?: DealColumn | null;
}

/**
 * Whose deal it is: a counterparty, or a contact card (a lead not yet a client), exactly one; a
 * converted card's deals are its counterparty's. Null, with the reason in `errors`, otherwise.
 */
async function dealOwner(ctx: Context, errors: InputErrors, input: { counterpartyId?: string | null; contactCardId?: string | null }) {
  if ((input.counterpartyId == null) === (input.contactCardId == null)) {
    errors.add([input.counterpartyId == null ? 'counterpartyId' : 'contactCardId'], input.counterpartyId == null ? 'REQUIRED' : 'INVALID',
      'A deal is a counterparty\'s or a contact card\'s: give exactly one of counterpartyId and contactCardId.');
    return null;
  }
  if (input.counterpartyId != null) {
    const key = referenceKey(errors, ['counterpartyId'], input.counterpartyId, 'Counterparty');
    const row = key == null ? null : await ctx.loaders.counterparties.byId.load(key);
    requireFound(errors, ['counterpartyId'], key, row, 'counterparty');
    return row ? { column: 'counterpartyId' as const, key: row.id, row } : null;
  }
  const key = referenceKey(errors, ['contactCardId'], input.contactCardId, 'ContactCard');
  const card = key == null ? null : await ctx.loaders.contactCards.byId.load(key);
  requireFound(errors, ['contactCardId'], key, card, 'contact card');
  if (card?.convertedCounterpartyId != null) {
    errors.add(['contactCardId'], 'INVALID_STATE', 'This card is converted: its deals are its counterparty\'s; give counterpartyId.');
    return null;
  }
  return card ? { column: 'contactCardId' as const, key: card.id, row: null } : null;
}

/** Creates a deal in an open column; its history starts with the creation. */
export async function createDeal(ctx: Context, input: CreateDealInput) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const owner = await dealOwner(ctx, errors, input);
  const counterparty = owner?.column === 'counterpartyId' ? owner.row : null;
  const values = dealFieldValues(errors, input, true);
  const refs = await references(ctx, errors, input, counterparty?.id);
  const stage = errors.notNull(['stage'], input.stage) ?? 'NEEDS';
  const column = errors.notNull(['column'], input.column) ?? 'PROSPECT';
  if (column === 'RESULT') errors.add(['column'], 'INVALID_STATE', 'A deal starts in an open column; move it to RESULT with moveDeal.');
  checkDeal(errors, values);
  if (errors.any) return failed(errors);
  return saveDeal(ctx, errors, async (tx) => {
    const now = new Date();
    const deal = await repository.insertDeal(tx, { ...values, ...refs, name: values.name!, [owner!.column]: owner!.key, stage, column, lastMovedAt: now });
    await repository.insertMove(tx, { dealId: deal.id, kind: 'CREATED', toColumn: column, toStage: stage, at: now, ...author(ctx) });
    return deal;
  });
}

/** The deal as it is now, at the version the client read. */
async function currentDeal(ctx: Context, id: string, expectedVersion: number) {
  const key = requireKey(id, 'Deal', ['input', 'id']);
  return { key, row: versionedRow(await repository.dealAtVersion(ctx.db, key, expectedVersion), 'Deal', expectedVersion) };
}

export async function updateDeal(ctx: Context, input: DealFields & DealReferences & { id: string; expectedVersion: number }) {
  requireWriter(ctx.viewer);
  const { key, row } = await currentDeal(ctx, input.id, input.expectedVersion);
  const errors = new InputErrors();
  const values = dealFieldValues(errors, input, false);
  Object.assign(values, await references(ctx, errors, input, row.counterpartyId));
  checkDeal(errors, { ...row, ...values });
  if (errors.any) return failed(errors);
  return saveDeal(ctx, errors, async (tx) =>
    versionedRow(await repository.updateDeal(tx, key, input.expectedVersion, values), 'Deal', input.expectedVersion));
}

/** A lost reason given for a loss: an existing, active one. */
async function lostReason(ctx: Context, errors: InputErrors, id: string | null | undefined): Promise<number | null> {
  const key = referenceKey(errors, ['lostReasonId'], id, 'LostReason');
  const reason = key == null ? null : await ctx.loaders.deals.lostReasonById.load(key);
  requireFound(errors, ['lostReasonId'], key, reason, 'lost reason');
  if (reason && !reason.active) errors.add(['lostReasonId'], 'INVALID_STATE', 'This lost reason is inactive and is no longer given to deals.');
  return key ?? null;
}

export interface MoveDealInput {
  id: string;
  expectedVersion: number;
  column: DealColumn;
  result?: DealResult | null;
  lostReasonId?: string | null;
  contractId?: string | null;
  note?: string | null;
}

/** Moves a deal between columns by `canMove`; to RESULT with its result (and lost reason). The move is a row of its history. */
export async function moveDeal(ctx: Context, input: MoveDealInput) {
  requireWriter(ctx.viewer);
  const { key, row } = await currentDeal(ctx, input.id, input.expectedVersion);
  const errors = new InputErrors();
  if (row.column === 'RESULT') {
    errors.add(['column'], 'INVALID_STATE', 'The deal is in RESULT; bring it back with reopenDeal to move it again.');
  } else if (!canMove(row.column, input.column)) {
    errors.add(['column'], 'INVALID_STATE', `A deal in ${row.column} cannot move to ${input.column}; it can move to ${movesFrom(row.column).join(', ')}.`);
  }
  const closing = input.column === 'RESULT';
  if (closing && input.result == null) errors.add(['result'], 'REQUIRED', 'A deal moves to RESULT with its result.');
  if (!closing && input.result != null) errors.add(['result'], 'INVALID', 'A result is given with a move to RESULT only.');
  const lost = closing && input.result === 'LOST';
  if (lost && input.lostReasonId == null) errors.add(['lostReasonId'], 'REQUIRED', 'A LOST deal says why: a lost reason is required.');
  if (!lost && input.lostReasonId != null) errors.add(['lostReasonId'], 'INVALID', 'A lost reason is given with the result LOST only.');
  const reasonId = lost ? await lostReason(ctx, errors, input.lostReasonId) : null;
  const values: Partial<DealInsert> = {};
  if (input.contractId != null) {
    if (!closing || input.result !== 'WON_CONTRACT') errors.add(['contractId'], 'INVALID', 'A contract is given with the result WON_CONTRACT; link it otherwise with updateDeal.');
    else Object.assign(values, await references(ctx, errors, { contractId: input.contractId }, row.counterpartyId));
  }
  const note = errors.text(['note'], input.note, { max: NOTE_MAX });
  if (errors.any) return failed(errors);
  return saveDeal(ctx, errors, async (tx) => {
    const now = new Date();
    const saved = versionedRow(await repository.updateDeal(tx, key, input.expectedVersion, {
      ...values, column: input.column, result: closing ? input.result : null, lostReasonId: reasonId, closedAt: closing ? now : null, lastMovedAt: now,
    }), 'Deal', input.expectedVersion);
    await repository.insertMove(tx, {
      dealId: key, kind: 'COLUMN', fromColumn: row.column, toColumn: saved.column, fromStage: row.stage, toStage: saved.stage,
      result: saved.result, lostReasonId: saved.lostReasonId, note, at: now, ...author(ctx),
    });
    return saved;
  });
}

/** Changes an open deal's stage to any other; a row of its history. */
export async function changeDealStage(ctx: Context, input: { id: string; expectedVersion: number; stage: DealStage; note?: string | null }) {
  requireWriter(ctx.viewer);
  const { key, row } = await currentDeal(ctx, input.id, input.expectedVersion);
  const errors = new InputErrors();
  if (row.column === 'RESULT') errors.add(['stage'], 'INVALID_STATE', 'The deal is in RESULT; reopen it to change its stage.');
  else if (row.stage === input.stage) errors.add(['stage'], 'INVALID_STATE', `The deal is already at ${row.stage}.`);
  const note = errors.text(['note'], input.note, { max: NOTE_MAX });
  if (errors.any) return failed(errors);
  return saveDeal(ctx, errors, async (tx) => {
    const now = new Date();
    const saved = versionedRow(await repository.updateDeal(tx, key, input.expectedVersion, { stage: input.stage, lastMovedAt: now }), 'Deal', input.expectedVersion);
    await repository.insertMove(tx, {
      dealId: key, kind: 'STAGE', fromColumn: row.column, toColumn: row.column, fromStage: row.stage, toStage: saved.stage, note, at: now, ...author(ctx),
    });
    return saved;
  });
}

/** Brings a deal out of RESULT into an open column, its result cleared; a row of its history with the reason. */
export async function reopenDeal(ctx: Context, input: { id: string; expectedVersion: number; reason: string; column?: DealColumn | null }) {
  requireWriter(ctx.viewer);
  const { key, row } = await currentDeal(ctx, input.id, input.expectedVersion);
  const errors = new InputErrors();
  if (row.column !== 'RESULT') errors.add(['id'], 'INVALID_STATE', `Only a deal in RESULT is reopened; this one is in ${row.column}.`);
  const column = errors.notNull(['column'], input.column) ?? 'CONTACT_1';
  if (column === 'RESULT') errors.add(['column'], 'INVALID', 'A deal is reopened into an open column.');
  const reason = errors.text(['reason'], input.reason, { required: true, max: NOTE_MAX });
  if (errors.any) return failed(errors);
  return saveDeal(ctx, errors, async (tx) => {
    const now = new Date();
    const saved = versionedRow(await repository.updateDeal(tx, key, input.expectedVersion, {
      column, result: null, lostReasonId: null, closedAt: null, lastMovedAt: now,
    }), 'Deal', input.expectedVersion);
    await repository.insertMove(tx, {
      dealId: key, kind: 'REOPENED', fromColumn: row.column, toColumn: column, fromStage: row.stage, toStage: row.stage, note: reason, at: now, ...author(ctx),
    });
    return saved;
  });
}

/** The deal and the order a link names, read as ids; each malformed one an error on its field. */
function linkKeys(errors: InputErrors, input: { dealId: string; orderId: string }) {
  return {
    dealId: referenceKey(errors, ['dealId'], input.dealId, 'Deal'),
    orderId: referenceKey(errors, ['orderId'], input.orderId, 'Order'),
  };
}

/** Links an order of the deal's counterparty to the deal; an order is in at most one deal (its unique index decides). */
export async function linkDealOrder(ctx: Context, input: { dealId: string; orderId: string }) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const { dealId, orderId } = linkKeys(errors, input);
  const order = orderId == null ? null : await ctx.loaders.orders.byId.load(orderId);
  requireFound(errors, ['orderId'], orderId, order, 'order');
  if (errors.any) return failed(errors);
  const deal = await writeInTransaction(ctx.db, errors, repository.orderLinkUniqueFields, async (tx: Database) => {
    const locked = await repository.lockedDeal(tx, dealId!);
    if (!locked) errors.add(['dealId'], 'NOT_FOUND', 'No deal has the id given in this field.');
    else if (locked.counterpartyId !== order!.counterpartyId) {
      errors.add(['orderId'], 'INVALID', 'This order is another counterparty\'s; a deal takes the orders of its own counterparty.');
    }
    if (errors.any) return null;
    await repository.linkOrder(tx, dealId!, orderId!);
    return locked;
  });
  if (deal === null) return failed(errors);
  rememberDeal(ctx, deal);
  return { deal, userErrors: [] };
}

export async function unlinkDealOrder(ctx: Context, input: { dealId: string; orderId: string }) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const { dealId, orderId } = linkKeys(errors, input);
  if (errors.any) return failed(errors);
  const deal = await writeInTransaction(ctx.db, errors, {}, async (tx: Database) => {
    const locked = await repository.lockedDeal(tx, dealId!);
    if (!locked) errors.add(['dealId'], 'NOT_FOUND', 'No deal has the id given in this field.');
    else if (!(await repository.unlinkOrder(tx, dealId!, orderId!))) errors.add(['orderId'], 'NOT_FOUND', 'This order is not linked to the deal.');
    return errors.any ? null : locked;
  });
  if (deal === null) return failed(errors);
  rememberDeal(ctx, deal);
  return { deal, userErrors: [] };
}

// ---- Lost reasons ----

const saveLostReason = payloadWriter('lostReason', repository.lostReasonUniqueFields, (ctx: Context, reason: LostReasonRow) => {
  ctx.loaders.deals.lostReasonById.clear(reason.id).prime(reason.id, reason);
});

export async function createLostReason(ctx: Context, input: { name: string }) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const name = errors.text(['name'], input.name, { required: true, max: REASON_NAME_MAX });
  if (errors.any) return failed(errors);
  return saveLostReason(ctx, errors, (tx) => repository.insertLostReason(tx, { name: name! }));
}

export async function updateLostReason(ctx: Context, input: { id: string; expectedVersion: number; name?: string | null; active?: boolean | null }) {
  requireWriter(ctx.viewer);
  const key = requireKey(input.id, 'LostReason', ['input', 'id']);
  const errors = new InputErrors();
  const values: Parameters<typeof repository.updateLostReason>[3] = {};
  if (input.name !== undefined) values.name = errors.text(['name'], input.name, { required: true, max: REASON_NAME_MAX }) ?? undefined;
  values.active = errors.notNull(['active'], input.active);
  if (errors.any) return failed(errors);
  return saveLostReason(ctx, errors, async (tx) =>
    versionedRow(await repository.updateLostReason(tx, key, input.expectedVersion, values), 'LostReason', input.expectedVersion));
}
