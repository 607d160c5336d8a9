import type { Context } from '../../context.js';
import { payloadWriter, versionedRow } from '../../lib/write.js';
import type { AgreementRow, ContractRow, ContractTemplateRow, CounterpartyRow } from '../../db/schema/index.js';
import type { PageArgs } from '../../lib/connection.js';
import { referenceKeyOrThrow, requireKey } from '../../lib/global-id.js';
import { referenceKey, requireFound } from '../../lib/references.js';
import { failed, InputErrors } from '../../lib/user-errors.js';
import { decimalInput } from '../../lib/decimal-input.js';
import { requireWriter } from '../auth/viewer.js';
import { agreementTerms } from '../agreements/agreements.service.js';
import { isUsableOn } from '../agreements/terms.js';
import { fromHundredths, toHundredths } from '../../lib/money.js';
import { generateObligations } from './obligation-schedule.js';
import { fromThousandths, lineAmount, toThousandths } from './specification.js';
import { renderTemplate, scheduleText, specificationTable, unknownPlaceholders } from './templates.js';
import * as repository from './contracts.repository.js';
import * as obligationsRepository from '../obligations/obligations.repository.js';
import type { ContractFilter, ContractInsert, ContractLineInsert, ContractStatus } from './contracts.repository.js';

const NUMBER_MAX = 100;
const SUBJECT_MAX = 2000;
const EXTERNAL_ID_MAX = 200;
const TEMPLATE_NAME_MAX = 200;
const TEMPLATE_BODY_MAX = 100_000;
/** numeric(18,3) and numeric(18,2) hold 15 and 16 integer digits. */
const MAX_QUANTITY = 10n ** 18n;
const MAX_MONEY = 10n ** 18n;

export interface ContractFilterInput {
  counterpartyId?: string | null;
  agreementId?: string | null;
  statuses?: ContractStatus[] | null;
}

function readFilter(where: ContractFilterInput | null | undefined): ContractFilter {
  if (!where) return {};
  return {
    counterpartyId: referenceKeyOrThrow(where.counterpartyId, 'Counterparty', ['where', 'counterpartyId']),
    agreementId: referenceKeyOrThrow(where.agreementId, 'Agreement', ['where', 'agreementId']),
    statuses: where.statuses,
  };
}

export const listContracts = (ctx: Context, where: ContractFilterInput | null | undefined, args: PageArgs) =>
  repository.listContracts(ctx.db, readFilter(where), args);

export const getContract = (ctx: Context, id: string) =>
  ctx.loaders.contracts.byId.load(requireKey(id, 'Contract', ['id']));

export const listTemplates = (ctx: Context) => repository.allTemplates(ctx.db);

/** The contract's text: its template filled with the contract's, counterparty's and terms' values. */
export async function contractText(ctx: Context, row: ContractRow): Promise<string | null> {
  if (row.templateId === null) return null;
  const [template, counterparty, lines, agreement] = await Promise.all([
    ctx.loaders.contracts.templateById.load(row.templateId),
    ctx.loaders.counterparties.byId.load(row.counterpartyId),
    ctx.loaders.contracts.linesByContractId.load(row.id),
    row.agreementId === null ? null : ctx.loaders.agreements.byId.load(row.agreementId),
  ]);
  if (!template) return null;
  const [products, terms] = await Promise.all([
    Promise.all(lines.map((line) => ctx.loaders.products.byId.load(line.productId))),
    agreement ? agreementTerms(ctx, agreement) : null,
  ]);
  return renderTemplate(template.body, {
    'counterparty.name': counterparty?.name ?? null,
    'counterparty.legalName': counterparty?.legalName ?? null,
    'counterparty.taxNumber': counterparty?.taxNumber ?? null,
    'contract.number': row.number,
    'contract.date': row.date,
    'contract.total': row.total,
    'contract.currency': row.currency,
    'terms.paymentSchedule': scheduleText(terms?.paymentSchedule ?? null),
    'terms.deliveryDays': terms?.deliveryDays == null ? null : String(terms.deliveryDays),
    specification: specificationTable(lines.map((line, i) => ({
      lineNo: line.lineNo,
      product: products[i]?.name ?? '',
      unit: products[i]?.unit ?? '',
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      amount: line.amount,
    })), row.total, row.currency),
  });
}

interface LineInput { productId: string; quantity: string; unitPrice: string }

/** Validates the lines and computes their amounts; answers the rows to write and the total, or null. */
async function specification(ctx: Context, errors: InputErrors, input: readonly LineInput[]) {
  const at = errors.under(['lines']);
  const before = errors.list.length;
  const keys = input.map((line, i) => referenceKey(at, [i, 'productId'], line.productId, 'Product'));
  const products = await Promise.all(keys.map((key) => (key == null ? null : ctx.loaders.products.byId.load(key))));
  let total = 0n;
  const rows: ContractLineInsert[] = [];
  input.forEach((line, i) => {
    requireFound(at, [i, 'productId'], keys[i], products[i], 'product');
    const quantity = decimalInput(at, [i, 'quantity'], line.quantity, toThousandths, 3, MAX_QUANTITY, false);
    const unitPrice = decimalInput(at, [i, 'unitPrice'], line.unitPrice, toHundredths, 2, MAX_MONEY, true);
    if (quantity === null || unitPrice === null || keys[i] == null) return;
    const amount = lineAmount(quantity, unitPrice);
    total += amount;
    rows.push({ lineNo: i + 1, productId: keys[i]!, quantity: fromThousandths(quantity), unitPrice: fromHundredths(unitPrice), amount: fromHundredths(amount) });
  });
  if (errors.list.length === before && total >= MAX_MONEY) {
    errors.add(['lines'], 'OUT_OF_RANGE', 'The contract total is too large.');
  }
  return errors.list.length === before ? { rows, total: fromHundredths(total) } : null;
}

/**
 * The agreement a contract with `counterparty` may name: an INDIVIDUAL agreement of that
 * counterparty, or a TYPICAL agreement of the counterparty's segment; not a CLOSED one.
 */
function checkAgreement(errors: InputErrors, agreement: AgreementRow | null, counterparty: CounterpartyRow | null) {
  if (!agreement || !counterparty) return;
  if (agreement.kind === 'INDIVIDUAL' && agreement.counterpartyId !== counterparty.id) {
    errors.add(['agreementId'], 'INVALID', 'This INDIVIDUAL agreement belongs to another counterparty.');
  } else if (agreement.kind === 'TYPICAL' && (counterparty.segment === null || agreement.segment !== counterparty.segment)) {
    errors.add(['agreementId'], 'INVALID',
      `This TYPICAL agreement is for the segment "${agreement.segment}"; the counterparty's segment is ${counterparty.segment === null ? 'not set' : `"${counterparty.segment}"`}.`);
  } else if (agreement.status === 'CLOSED') {
    errors.add(['agreementId'], 'INVALID_STATE', 'The agreement is CLOSED.');
  }
}

function checkValidity(errors: InputErrors, validFrom: string | null, validTo: string | null) {
  if (validFrom !== null && validTo !== null && validTo < validFrom) {
    errors.add(['validTo'], 'OUT_OF_RANGE', `validTo (${validTo}) may not be before validFrom (${validFrom}).`);
  }
}

/** Writes a contract in one transaction; a taken number or external id becomes a user error and nothing is written. */
const saving = payloadWriter('contract', repository.uniqueFields, (ctx: Context, contract: ContractRow) => {
  // The request's loaders may hold the old row, lines or obligations; later fields read the saved ones.
  ctx.loaders.contracts.byId.clear(contract.id).prime(contract.id, contract);
  ctx.loaders.contracts.linesByContractId.clear(contract.id);
  ctx.loaders.contracts.obligationsByContractId.clear(contract.id);
});

interface ContractFields {
  externalId?: string | null;
  number?: string | null;
  date?: string | null;
  agreementId?: string | null;
  templateId?: string | null;
  subject?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
  currency?: string | null;
  lines?: LineInput[] | null;
}

/** Reads the referenced agreement and template (when given), reporting ids that name nothing. */
async function references(ctx: Context, errors: InputErrors, input: ContractFields) {
  const agreementId = referenceKey(errors, ['agreementId'], input.agreementId, 'Agreement');
  const templateId = referenceKey(errors, ['templateId'], input.templateId, 'ContractTemplate');
  const [agreement, template] = await Promise.all([
    agreementId == null ? null : ctx.loaders.agreements.byId.load(agreementId),
    templateId == null ? null : ctx.loaders.contracts.templateById.load(templateId),
  ]);
  requireFound(errors, ['agreementId'], agreementId, agreement, 'agreement');
  requireFound(errors, ['templateId'], templateId, template, 'contract template');
  return { agreementId, agreement, templateId };
}

export async function createContract(ctx: Context, input: ContractFields & { counterpartyId: string; number: string; date: string }) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const externalId = errors.text(['externalId'], input.externalId, { max: EXTERNAL_ID_MAX });
  const number = errors.text(['number'], input.number, { required: true, max: NUMBER_MAX });
  const subject = errors.text(['subject'], input.subject, { max: SUBJECT_MAX });
  const counterpartyId = referenceKey(errors, ['counterpartyId'], input.counterpartyId, 'Counterparty');
  const counterparty = counterpartyId == null ? null : await ctx.loaders.counterparties.byId.load(counterpartyId);
  requireFound(errors, ['counterpartyId'], counterpartyId, counterparty, 'counterparty');
  const { agreementId, agreement, templateId } = await references(ctx, errors, input);
  checkAgreement(errors, agreement, counterparty);
  checkValidity(errors, input.validFrom ?? null, input.validTo ?? null);
  const terms = agreement ? await agreementTerms(ctx, agreement) : null;
  const currency = input.currency?.toUpperCase() ?? terms?.currency ?? null;
  if (currency === null && !errors.list.some((e) => e.field?.[1] === 'agreementId')) {
    errors.add(['currency'], 'REQUIRED', 'currency is required when the contract has no agreement with a currency.');
  }
  const spec = await specification(ctx, errors, input.lines ?? []);
  if (errors.any) return failed(errors);
  return saving(ctx, errors, async (tx) => {
    const row = await repository.insertContract(tx, {
      externalId, number: number!, date: input.date, counterpartyId: counterpartyId!, agreementId: agreementId ?? null,
      templateId: templateId ?? null, subject, validFrom: input.validFrom ?? null, validTo: input.validTo ?? null,
      currency: currency!, total: spec!.total, status: 'DRAFT',
    });
    await repository.replaceLines(tx, row.id, spec!.rows);
    return row;
  });
}

/** The contract as it is now, at the version the client read (see rowAtVersion). */
async function currentContract(ctx: Context, id: string, expectedVersion: number) {
  const key = requireKey(id, 'Contract', ['input', 'id']);
  return { key, row: versionedRow(await repository.contractAtVersion(ctx.db, key, expectedVersion), 'Contract', expectedVersion) };
}

const invalidState = (errors: InputErrors, row: ContractRow, action: string, allowed: string) => {
  errors.add(['id'], 'INVALID_STATE', `Only a ${allowed} contract can be ${action}; this one is ${row.status}.`);
  return failed(errors);
};

export async function updateContract(ctx: Context, input: ContractFields & { id: string; expectedVersion: number }) {
  requireWriter(ctx.viewer);
  const { key, row } = await currentContract(ctx, input.id, input.expectedVersion);
  const errors = new InputErrors();
  if (row.status !== 'DRAFT') return invalidState(errors, row, 'changed', 'DRAFT');
  const values: Partial<ContractInsert> = {};
  if (input.externalId !== undefined) values.externalId = errors.text(['externalId'], input.externalId, { max: EXTERNAL_ID_MAX });
  if (input.number !== undefined) values.number = errors.text(['number'], input.number, { required: true, max: NUMBER_MAX }) ?? undefined;
  if (input.subject !== undefined) values.subject = errors.text(['subject'], input.subject, { max: SUBJECT_MAX });
  values.date = errors.notNull(['date'], input.date);
  values.currency = errors.notNull(['currency'], input.currency)?.toUpperCase();
  if (input.validFrom !== undefined) values.validFrom = input.validFrom;
  if (input.validTo !== undefined) values.validTo = input.validTo;
  const { agreementId, agreement, templateId } = await references(ctx, errors, input);
  if (input.agreementId !== undefined) {
    values.agreementId = agreementId ?? null;
    checkAgreement(errors, agreement, await ctx.loaders.counterparties.byId.load(row.counterpartyId));
  }
  if (input.templateId !== undefined) values.templateId = templateId ?? null;
  checkValidity(errors, values.validFrom !== undefined ? values.validFrom : row.validFrom, values.validTo !== undefined ? values.validTo : row.validTo);
  const spec = input.lines === undefined ? null : await specification(ctx, errors, errors.notNull(['lines'], input.lines) ?? []);
  if (errors.any) return failed(errors);
  if (spec) values.total = spec.total;
  return saving(ctx, errors, async (tx) => {
    // The version check comes first: a stale version throws and the lines stay untouched.
    const saved = versionedRow(await repository.updateContract(tx, key, input.expectedVersion, values), 'Contract', input.expectedVersion);
    if (spec) await repository.replaceLines(tx, key, spec.rows);
    return saved;
  });
}

type Transition = { id: string; expectedVersion: number };

/** DRAFT → ACTIVE, writing the generated obligations in the same transaction as the status. */
export async function postContract(ctx: Context, input: Transition) {
  requireWriter(ctx.viewer);
  const { key, row } = await currentContract(ctx, input.id, input.expectedVersion);
  const errors = new InputErrors();
  if (row.status !== 'DRAFT') return invalidState(errors, row, 'posted', 'DRAFT');
  const agreement = row.agreementId === null ? null : await ctx.loaders.agreements.byId.load(row.agreementId);
  const terms = agreement ? await agreementTerms(ctx, agreement) : null;
  // A contract commits both sides only with something in it, under terms in force on its date.
  const lines = await ctx.loaders.contracts.linesByContractId.load(key);
  if (lines.length === 0) {
    errors.add(['id'], 'INVALID_STATE', 'The contract has no specification lines; add them before posting.');
  }
  const products = await Promise.all(lines.map((line) => ctx.loaders.products.byId.load(line.productId)));
  if (agreement && terms) {
    const base = agreement.baseAgreementId === null ? null : await ctx.loaders.agreements.byId.load(agreement.baseAgreementId);
    if (!isUsableOn(agreement, base, terms, row.date)) {
      errors.add(['id'], 'INVALID_STATE', `The contract's agreement is not active and valid on the contract date ${row.date}.`);
    }
  }
  if (errors.any) return failed(errors);
  const generated = generateObligations({
    contractNumber: row.number,
    date: row.date,
    total: row.total,
    deliveryDays: terms?.deliveryDays ?? null,
    schedule: terms?.paymentSchedule ?? null,
    servicesOnly: products.every((product) => product?.type === 'SERVICE'),
  });
  return saving(ctx, errors, async (tx) => {
    // The version guard makes a concurrent second posting a CONFLICT, so obligations are made once.
    const saved = versionedRow(await repository.updateContract(tx, key, input.expectedVersion, { status: 'ACTIVE' }), 'Contract', input.expectedVersion);
    await obligationsRepository.insertObligations(tx, generated.map((obligation) => ({
      ...obligation, counterpartyId: row.counterpartyId, currency: row.currency, contractId: key, status: 'OPEN' as const,
    })));
    return saved;
  });
}

export async function closeContract(ctx: Context, input: Transition) {
  requireWriter(ctx.viewer);
  const { key, row } = await currentContract(ctx, input.id, input.expectedVersion);
  const errors = new InputErrors();
  if (row.status !== 'ACTIVE') return invalidState(errors, row, 'closed', 'ACTIVE');
  return saving(ctx, errors, async (tx) =>
    versionedRow(await repository.updateContract(tx, key, input.expectedVersion, { status: 'CLOSED' }), 'Contract', input.expectedVersion));
}

/** DRAFT or ACTIVE → CANCELLED, cancelling the generated obligations still open in the same transaction. */
export async function cancelContract(ctx: Context, input: Transition) {
  requireWriter(ctx.viewer);
  const { key, row } = await currentContract(ctx, input.id, input.expectedVersion);
  const errors = new InputErrors();
  if (row.status !== 'DRAFT' && row.status !== 'ACTIVE') return invalidState(errors, row, 'cancelled', 'DRAFT or ACTIVE');
  const result = await saving(ctx, errors, async (tx) => {
    const saved = versionedRow(await repository.updateContract(tx, key, input.expectedVersion, { status: 'CANCELLED' }), 'Contract', input.expectedVersion);
    await obligationsRepository.cancelOpenObligations(tx, key);
    return saved;
  });
  ctx.loaders.obligations.byId.clearAll();
  return result;
}

function checkBody(errors: InputErrors, body: string | null) {
  if (body === null) return;
  const unknown = unknownPlaceholders(body);
  if (unknown.length > 0) {
    errors.add(['body'], 'INVALID', `Unknown placeholder${unknown.length > 1 ? 's' : ''}: ${unknown.map((name) => `{{${name}}}`).join(', ')}.`);
  }
}

const savingTemplate = payloadWriter('contractTemplate', repository.templateUniqueFields, (ctx: Context, template: ContractTemplateRow) => {
  ctx.loaders.contracts.templateById.clear(template.id).prime(template.id, template);
});

export async function createContractTemplate(ctx: Context, input: { name: string; body: string }) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const name = errors.text(['name'], input.name, { required: true, max: TEMPLATE_NAME_MAX });
  const body = errors.text(['body'], input.body, { required: true, max: TEMPLATE_BODY_MAX });
  checkBody(errors, body);
  if (errors.any) return failed(errors);
  return savingTemplate(ctx, errors, (tx) => repository.insertTemplate(tx, { name: name!, body: body! }));
}

export async function updateContractTemplate(ctx: Context, input: { id: string; expectedVersion: number; name?: string | null; body?: string | null }) {
  requireWriter(ctx.viewer);
  const key = requireKey(input.id, 'ContractTemplate', ['input', 'id']);
  const errors = new InputErrors();
  const values: { name?: string; body?: string } = {};
  if (input.name !== undefined) values.name = errors.text(['name'], input.name, { required: true, max: TEMPLATE_NAME_MAX }) ?? undefined;
  if (input.body !== undefined) {
    const body = errors.text(['body'], input.body, { required: true, max: TEMPLATE_BODY_MAX });
    checkBody(errors, body);
    values.body = body ?? undefined;
  }
  if (errors.any) return failed(errors);
  return savingTemplate(ctx, errors, async (tx) =>
    versionedRow(await repository.updateTemplate(tx, key, input.expectedVersion, values), 'ContractTemplate', input.expectedVersion));
}
