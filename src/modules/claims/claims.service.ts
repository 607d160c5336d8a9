import type { Context } from '../../context.js';
import type { Database } from '../../db/client.js';
import type { ClaimRow, TaskRow } from '../../db/schema/index.js';
import type { PageArgs } from '../../lib/connection.js';
import { decimalInput } from '../../lib/decimal-input.js';
import { referenceKeyOrThrow, requireKey, toGlobalId } from '../../lib/global-id.js';
import { AMOUNT_SCALE, fromHundredths, toHundredths } from '../../lib/money.js';
import { referenceKey, requireFound } from '../../lib/references.js';
import { failed, InputErrors, type Path } from '../../lib/user-errors.js';
import { payloadWriter, versionedRow } from '../../lib/write.js';
import { zonedPeriod } from '../../lib/zoned-period.js';
import { requireWriter } from '../auth/viewer.js';
import { publishChanges } from '../events/change-feed.js';
import { claimChange, entryChange, type ChangeKind } from '../events/topics.js';
import { insertEntry } from '../chronicle/chronicle.repository.js';
import { folderTreeService } from '../folders/folders.service.js';
import { positionsHeld } from '../persons/persons.repository.js';
import * as tasksRepository from '../tasks/tasks.repository.js';
import * as repository from './claims.repository.js';
import {
  OPEN_STATUSES, type ClaimFilter, type ClaimInsert, type ClaimRegisteredVia, type ClaimStatus,
} from './claims.repository.js';

const ESSENCE_MAX = 5000;
const TEXT_MAX = 5000;
const EXTERNAL_ID_MAX = 200;
/** A chronicle entry's subject holds at most 500 characters. */
const SUBJECT_MAX = 500;
/** Amounts are numeric(18,2): below 10^16, that is 10^18 hundredths. */
const MAX_AMOUNT = 10n ** 18n;

/**
 * Where a claim may go from each status by `changeClaimStatus`. A closed claim goes back to
 * INVESTIGATING only through `reopenClaim`, so that reopening is always an explicit act.
 */
export const TRANSITIONS: Record<ClaimStatus, readonly ClaimStatus[]> = {
  REGISTERED: ['INVESTIGATING', 'SATISFIED', 'PARTLY_SATISFIED', 'REJECTED', 'WITHDRAWN'],
  INVESTIGATING: ['SATISFIED', 'PARTLY_SATISFIED', 'REJECTED', 'WITHDRAWN'],
  SATISFIED: [],
  PARTLY_SATISFIED: [],
  REJECTED: [],
  WITHDRAWN: [],
};

const isClosed = repository.isClosedStatus;
/** The outcomes that grant (part of) the demand, which an amount granted goes with. */
const GRANTING: readonly ClaimStatus[] = ['SATISFIED', 'PARTLY_SATISFIED'];

/** The causes of claims, a folder tree. */
export const claimCauses = folderTreeService({
  type: 'ClaimCause', folder: 'claim cause', members: 'claims',
  repository: repository.causes, loaders: (ctx) => ctx.loaders.claims.causes,
});

// ---- Reading ----

export interface ClaimFilterInput {
  counterpartyId?: string | null;
  statuses?: ClaimStatus[] | null;
  causeId?: string | null;
  departmentAtFaultId?: string | null;
  employeeAtFaultId?: string | null;
  responsibleEmployeeId?: string | null;
  registeredFrom?: Date | null;
  registeredTo?: Date | null;
  overdue?: boolean | null;
  registeredVia?: ClaimRegisteredVia | null;
}

function readFilter(where: ClaimFilterInput | null | undefined): ClaimFilter {
  return {
    counterpartyId: referenceKeyOrThrow(where?.counterpartyId, 'Counterparty', ['where', 'counterpartyId']),
    statuses: where?.statuses,
    causeId: referenceKeyOrThrow(where?.causeId, 'ClaimCause', ['where', 'causeId']),
    departmentAtFaultId: referenceKeyOrThrow(where?.departmentAtFaultId, 'Department', ['where', 'departmentAtFaultId']),
    employeeAtFaultId: referenceKeyOrThrow(where?.employeeAtFaultId, 'Employee', ['where', 'employeeAtFaultId']),
    responsibleEmployeeId: referenceKeyOrThrow(where?.responsibleEmployeeId, 'Employee', ['where', 'responsibleEmployeeId']),
    registeredFrom: where?.registeredFrom,
    registeredTo: where?.registeredTo,
    overdue: where?.overdue,
    registeredVia: where?.registeredVia,
  };
}

export const listClaims = (ctx: Context, where: ClaimFilterInput | null | undefined, args: PageArgs) =>
  repository.listClaims(ctx.db, readFilter(where), new Date(), args);

export const getClaim = (ctx: Context, id: string) => ctx.loaders.claims.byId.load(requireKey(id, 'Claim', ['id']));

/** Still open and past its due time, now. */
export const isOverdue = (claim: Pick<ClaimRow, 'status' | 'dueAt'>, now = new Date()) =>
  OPEN_STATUSES.includes(claim.status) && claim.dueAt !== null && claim.dueAt < now;

// ---- Registration and changes ----

const rememberClaim = (ctx: Context, claim: ClaimRow) => {
  ctx.loaders.claims.byId.clear(claim.id).prime(claim.id, claim);
  ctx.loaders.claims.byCounterpartyId.clear(claim.counterpartyId);
  ctx.loaders.claims.summaryByCounterpartyId.clear(claim.counterpartyId);
};

/** Writes a claim (and its chronicle entry) in one transaction. */
const saveClaim = payloadWriter('claim', repository.uniqueFields, rememberClaim);

/** Reads a money amount into hundredths: at most 2 decimal places, zero or more. */
const amountOf = (errors: InputErrors, path: Path, value: string): bigint | null =>
  decimalInput(errors, path, value, toHundredths, AMOUNT_SCALE, MAX_AMOUNT, true);

/** A claim's own fields, references aside: what registration, change and the importer share. */
export interface ClaimFields {
  externalId?: string | null;
  essence?: string | null;
  demand?: string | null;
  amountClaimed?: string | null;
  currency?: string | null;
  dueAt?: Date | null;
  registeredAt?: Date | null;
}

/** Checks and normalises the own fields given; omitted ones stay out of the result. */
export function claimFieldValues(errors: InputErrors, input: ClaimFields, creating: boolean): Partial<ClaimInsert> {
  const values: Partial<ClaimInsert> = {};
  if (input.externalId !== undefined) values.externalId = errors.text(['externalId'], input.externalId, { max: EXTERNAL_ID_MAX });
  if (creating || input.essence !== undefined) values.essence = errors.text(['essence'], input.essence, { required: true, max: ESSENCE_MAX }) ?? undefined;
  if (input.demand !== undefined) values.demand = errors.text(['demand'], input.demand, { max: TEXT_MAX });
  if (input.amountClaimed !== undefined) {
    const amount = input.amountClaimed === null ? null : amountOf(errors, ['amountClaimed'], input.amountClaimed);
    values.amountClaimed = amount === null ? null : fromHundredths(amount);
  }
  if (input.currency !== undefined) values.currency = input.currency?.toUpperCase() ?? null;
  if (input.dueAt !== undefined) values.dueAt = input.dueAt;
  if (input.registeredAt !== undefined) {
    const registeredAt = errors.notNull(['registeredAt'], input.registeredAt);
    if (registeredAt && registeredAt.getTime() > Date.now()) errors.add(['registeredAt'], 'OUT_OF_RANGE', 'A claim cannot be registered in the future.');
    else if (registeredAt) values.registeredAt = registeredAt;
  }
  return values;
}

/** The rules across fields of a claim as it will be: amounts have a currency, the due time follows the registration. */
export function checkClaim(errors: InputErrors, claim: Pick<ClaimInsert, 'amountClaimed' | 'amountGranted' | 'currency' | 'dueAt' | 'registeredAt'>) {
  if ((claim.amountClaimed != null || claim.amountGranted != null) && !claim.currency) {
    errors.add(['currency'], 'REQUIRED', 'currency is required when there is an amount.');
  }
  if (claim.dueAt && claim.registeredAt && claim.dueAt < claim.registeredAt) {
    errors.add(['dueAt'], 'OUT_OF_RANGE', 'A claim cannot be due before it was registered.');
  }
}

interface ClaimReferences {
  personId?: string | null;
  departmentAtFaultId?: string | null;
  employeeAtFaultId?: string | null;
  causeId?: string | null;
  orderId?: string | null;
  contractId?: string | null;
  productId?: string | null;
  responsibleEmployeeId?: string | null;
}

/**
 * Reads the references a claim names, for a claim of `counterpartyId`: each one given but
 * missing is NOT_FOUND on its field; the person must hold (or have held) a position at the
 * counterparty, and the order and the contract must be the counterparty's. Answers the values to
 * write: a field given as null clears its reference, one left out is not among them.
 */
async function references(ctx: Context, errors: InputErrors, input: ClaimReferences, counterpartyId: number | null | undefined) {
  const keys = {
    personId: referenceKey(errors, ['personId'], input.personId, 'Person'),
    departmentAtFaultId: referenceKey(errors, ['departmentAtFaultId'], input.departmentAtFaultId, 'Department'),
    employeeAtFaultId: referenceKey(errors, ['employeeAtFaultId'], input.employeeAtFaultId, 'Employee'),
    causeId: referenceKey(errors, ['causeId'], input.causeId, 'ClaimCause'),
    orderId: referenceKey(errors, ['orderId'], input.orderId, 'Order'),
    contractId: referenceKey(errors, ['contractId'], input.contractId, 'Contract'),
    productId: referenceKey(errors, ['productId'], input.productId, 'Product'),
    responsibleEmployeeId: referenceKey(errors, ['responsibleEmployeeId'], input.responsibleEmployeeId, 'Employee'),
  };
  const load = <T>(key: number | null | undefined, loader: { load(key: number): Promise<T> }) => (key == null ? null : loader.load(key));
  const { loaders } = ctx;
  const [person, department, atFault, cause, order, contract, product, responsible] = await Promise.all([
    load(keys.personId, loaders.persons.byId), load(keys.departmentAtFaultId, loaders.catalogues.departmentById),
    load(keys.employeeAtFaultId, loaders.catalogues.employeeById), load(keys.causeId, loaders.claims.causes.byId),
    load(keys.orderId, loaders.orders.byId), load(keys.contractId, loaders.contracts.byId),
    load(keys.productId, loaders.products.byId), load(keys.responsibleEmployeeId, loaders.catalogues.employeeById),
  ]);
  requireFound(errors, ['personId'], keys.personId, person, 'person');
  requireFound(errors, ['departmentAtFaultId'], keys.departmentAtFaultId, department, 'department');
  requireFound(errors, ['employeeAtFaultId'], keys.employeeAtFaultId, atFault, 'employee');
  requireFound(errors, ['causeId'], keys.causeId, cause, 'claim cause');
  requireFound(errors, ['orderId'], keys.orderId, order, 'order');
  requireFound(errors, ['contractId'], keys.contractId, contract, 'contract');
  requireFound(errors, ['productId'], keys.productId, product, 'product');
  requireFound(errors, ['responsibleEmployeeId'], keys.responsibleEmployeeId, responsible, 'employee');
  if (counterpartyId != null) {
    if (person) {
      const holds = await positionsHeld(ctx.db, [{ personId: person.id, counterpartyId }]);
      if (!holds(person.id, counterpartyId)) {
        errors.add(['personId'], 'INVALID', 'This person holds no position, now or in the past, at the claim\'s counterparty.');
      }
    }
    if (order && order.counterpartyId !== counterpartyId) errors.add(['orderId'], 'INVALID', 'This order is another counterparty\'s; a claim names an order of its own counterparty.');
    if (contract && contract.counterpartyId !== counterpartyId) errors.add(['contractId'], 'INVALID', 'This contract is another counterparty\'s; a claim names a contract of its own counterparty.');
  }
  if (responsible && !responsible.active) errors.add(['responsibleEmployeeId'], 'INVALID_STATE', 'This employee is inactive and cannot be given claims to work off.');
  const values: Partial<ClaimInsert> = {};
  for (const [field, key] of Object.entries(keys) as [keyof typeof keys, number | null | undefined][]) {
    if (input[field] !== undefined) values[field] = key ?? null;
  }
  return values;
}

/**
 * A line of the claim's chronicle about what just happened to it (`kind`), written in the same
 * transaction, which publishes the claim's change and the new entry.
 */
async function chronicle(
  tx: Database, ctx: Context, claim: ClaimRow, kind: ChangeKind, subject: string, result: string | null, { visibleToClient = false } = {},
) {
  const entry = await insertEntry(tx, {
    counterpartyId: claim.counterpartyId, claimId: claim.id, personId: claim.personId, responsibleEmployeeId: ctx.viewer.employeeId,
    kind: 'EVENT', status: 'DONE', happenedAt: new Date(), subject: subject.slice(0, SUBJECT_MAX), result, visibleToClient,
  });
  await publishChanges(tx, claimChange(kind, claim), entryChange('CREATED', entry));
}

export interface RegisterClaimInput extends ClaimFields, ClaimReferences {
  counterpartyId: string;
  essence: string;
}

/**
 * Registers a claim of any counterparty: it starts REGISTERED with its number, and its chronicle
 * starts with the registration. Staff register through the API; the partner portal passes
 * `registeredVia: 'PORTAL'`.
 */
export async function registerClaim(ctx: Context, input: RegisterClaimInput, { registeredVia = 'STAFF' as ClaimRegisteredVia } = {}) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const counterpartyId = referenceKey(errors, ['counterpartyId'], input.counterpartyId, 'Counterparty');
  const counterparty = counterpartyId == null ? null : await ctx.loaders.counterparties.byId.load(counterpartyId);
  requireFound(errors, ['counterpartyId'], counterpartyId, counterparty, 'counterparty');
  const values = claimFieldValues(errors, input, true);
  const refs = await references(ctx, errors, input, counterparty?.id);
  checkClaim(errors, { ...values, registeredAt: values.registeredAt ?? new Date() });
  if (errors.any) return failed(errors);
  return saveClaim(ctx, errors, async (tx) => {
    const claim = await repository.insertClaim(tx, { ...values, ...refs, essence: values.essence!, counterpartyId: counterpartyId!, registeredVia });
    // The registration is the client's own words, so the client sees it; a change of status may
    // carry staff's comment, so the client follows the status on the claim itself.
    await chronicle(tx, ctx, claim, 'CREATED', `Claim ${claim.number} registered: ${claim.essence}`, claim.demand, { visibleToClient: true });
    return claim;
  });
}

/** The claim as it is now, at the version the client read. */
async function currentClaim(ctx: Context, id: string, expectedVersion: number) {
  const key = requireKey(id, 'Claim', ['input', 'id']);
  return { key, row: versionedRow(await repository.claimAtVersion(ctx.db, key, expectedVersion), 'Claim', expectedVersion) };
}

export async function updateClaim(ctx: Context, input: ClaimFields & ClaimReferences & { id: string; expectedVersion: number }) {
  requireWriter(ctx.viewer);
  const { key, row } = await currentClaim(ctx, input.id, input.expectedVersion);
  const errors = new InputErrors();
  const { registeredAt: _registeredAt, ...fields } = input;
  const values = claimFieldValues(errors, fields, false);
  Object.assign(values, await references(ctx, errors, input, row.counterpartyId));
  checkClaim(errors, { ...row, ...values });
  if (errors.any) return failed(errors);
  return saveClaim(ctx, errors, async (tx) => {
    const saved = versionedRow(await repository.updateClaim(tx, key, input.expectedVersion, values), 'Claim', input.expectedVersion);
    await publishChanges(tx, claimChange('UPDATED', saved));
    return saved;
  });
}

/** The claim's open tasks, named for a message: `"Check the batch" (id)`. */
const taskList = (tasks: TaskRow[]) => tasks.map((task) => `"${task.title}" (${toGlobalId('Task', task.id)})`).join(', ');

export interface ChangeClaimStatusInput {
  id: string;
  expectedVersion: number;
  status: ClaimStatus;
  result?: string | null;
  amountGranted?: string | null;
  closedAt?: Date | null;
  comment?: string | null;
}

/**
 * Moves a claim along TRANSITIONS. Closing needs a result (but for WITHDRAWN) and no open task
 * linked to the claim (its investigation plan, however the task was made), checked under the
 * claim's row lock, which a task opened on the claim waits for (src/modules/tasks); the change is
 * an EVENT of its chronicle.
 */
export async function changeClaimStatus(ctx: Context, input: ChangeClaimStatusInput) {
  requireWriter(ctx.viewer);
  const { key, row } = await currentClaim(ctx, input.id, input.expectedVersion);
  const errors = new InputErrors();
  const allowed = TRANSITIONS[row.status];
  const closing = isClosed(input.status);
  if (isClosed(row.status)) {
    errors.add(['status'], 'INVALID_STATE', `A ${row.status} claim is closed; reopen it with reopenClaim to work on it again.`);
  } else if (!allowed.includes(input.status)) {
    errors.add(['status'], 'INVALID_STATE', `A ${row.status} claim cannot become ${input.status}; it can become ${allowed.join(', ')}.`);
  }
  const result = errors.text(['result'], input.result, { max: TEXT_MAX });
  if (closing && input.status !== 'WITHDRAWN' && !result) {
    errors.add(['result'], 'REQUIRED', `A claim closed as ${input.status} says how it was worked off: a result is required.`);
  }
  if (!closing && input.result != null) errors.add(['result'], 'INVALID', 'A result is given when the claim is closed.');
  const comment = errors.text(['comment'], input.comment, { max: TEXT_MAX });
  const values: Partial<ClaimInsert> = { status: input.status };
  if (input.amountGranted != null) {
    const granted = amountOf(errors, ['amountGranted'], input.amountGranted);
    if (!GRANTING.includes(input.status)) {
      errors.add(['amountGranted'], 'INVALID', 'An amount is granted only to a SATISFIED or PARTLY_SATISFIED claim.');
    } else if (!row.currency) {
      errors.add(['amountGranted'], 'INVALID_STATE', 'The claim has no currency; set its currency (updateClaim) before granting an amount.');
    } else if (granted !== null && row.amountClaimed !== null && granted > toHundredths(row.amountClaimed)!) {
      errors.add(['amountGranted'], 'OUT_OF_RANGE', `The amount granted may not exceed the amount claimed, ${row.amountClaimed} ${row.currency}.`);
    } else if (granted !== null) {
      values.amountGranted = fromHundredths(granted);
    }
  }
  if (closing) {
    const closedAt = input.closedAt ?? new Date();
    if (closedAt.getTime() > Date.now()) errors.add(['closedAt'], 'OUT_OF_RANGE', 'A claim cannot be closed in the future.');
    else if (closedAt < row.registeredAt) errors.add(['closedAt'], 'OUT_OF_RANGE', 'A claim cannot be closed before it was registered.');
    values.closedAt = closedAt;
    if (result) values.result = result;
  } else if (input.closedAt != null) {
    errors.add(['closedAt'], 'INVALID', 'closedAt is given with a closing status.');
  }
  if (errors.any) return failed(errors);
  return saveClaim(ctx, errors, async (tx) => {
    const saved = versionedRow(await repository.updateClaim(tx, key, input.expectedVersion, values), 'Claim', input.expectedVersion);
    if (closing) {
      const open = await tasksRepository.openTasksOfClaim(tx, key);
      if (open.length > 0) {
        errors.add(['status'], 'INVALID_STATE', `The claim cannot be closed while tasks of its investigation plan are open: ${taskList(open)}. Complete or cancel them first.`);
        return null;
      }
    }
    await chronicle(tx, ctx, saved, 'STATUS_CHANGED', `Claim ${saved.number}: ${row.status} → ${saved.status}`, [result, comment].filter(Boolean).join('\n\n') || null);
    return saved;
  });
}

/** Reopens a closed claim: back to INVESTIGATING, no longer closed nor granted anything; an EVENT of its chronicle. */
export async function reopenClaim(ctx: Context, input: { id: string; expectedVersion: number; reason: string }) {
  requireWriter(ctx.viewer);
  const { key, row } = await currentClaim(ctx, input.id, input.expectedVersion);
  const errors = new InputErrors();
  if (!isClosed(row.status)) errors.add(['id'], 'INVALID_STATE', `Only a closed claim is reopened; this one is ${row.status}.`);
  const reason = errors.text(['reason'], input.reason, { required: true, max: TEXT_MAX });
  if (errors.any) return failed(errors);
  return saveClaim(ctx, errors, async (tx) => {
    const saved = versionedRow(await repository.updateClaim(tx, key, input.expectedVersion, {
      status: 'INVESTIGATING', closedAt: null, amountGranted: null,
    }), 'Claim', input.expectedVersion);
    await chronicle(tx, ctx, saved, 'STATUS_CHANGED', `Claim ${saved.number} reopened: ${row.status} → INVESTIGATING`, reason);
    return saved;
  });
}

// ---- Analytics ----

export const claimDynamics = (ctx: Context, args: { from: string; to: string; byDepartment?: boolean | null; timeZone?: string | null }) =>
  repository.dynamics(ctx.db, zonedPeriod(args), args.byDepartment ?? false);

export const claimSatisfaction = (ctx: Context, args: { from: string; to: string; timeZone?: string | null }) =>
  repository.satisfaction(ctx.db, zonedPeriod(args));

export const claimStructure = (ctx: Context, args: { from: string; to: string; timeZone?: string | null }) =>
  repository.structure(ctx.db, zonedPeriod(args));

export const partnerSalesActivity = (ctx: Context, args: { from: string; to: string; timeZone?: string | null }) =>
  repository.partnerActivity(ctx.db, zonedPeriod(args));
