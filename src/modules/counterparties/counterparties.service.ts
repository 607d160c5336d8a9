import type { Context } from '../../context';
import { isUniqueViolation } from '../../db/errors';
import { updatedRow, updateVersioned } from '../../db/versioned';
import { counterparties, type CounterpartyInsert, type CounterpartyRow } from '../../db/schema';
import type { PageArgs } from '../../lib/connection';
import { badInput } from '../../lib/errors';
import { requireKey } from '../../lib/global-id';
import { referenceKey, requireFound } from '../../lib/references';
import { failed, InputErrors } from '../../lib/user-errors';
import { requireWriter } from '../auth/viewer';
import * as details from './contact-details';
import * as repository from './counterparties.repository';

export interface CounterpartyFields {
  externalId?: string | null;
  kind?: CounterpartyRow['kind'] | null;
  roles?: CounterpartyRow['roles'] | null;
  name?: string | null;
  legalName?: string | null;
  taxNumber?: string | null;
  registrationNumber?: string | null;
  addresses?: details.AddressInput[] | null;
  phones?: details.PhoneInput[] | null;
  emails?: details.EmailInput[] | null;
  websites?: Array<URL | string> | null;
  bankAccounts?: details.BankAccountInput[] | null;
  notes?: string | null;
  industry?: string | null;
  region?: string | null;
  segment?: string | null;
  size?: CounterpartyRow['size'];
  importance?: CounterpartyRow['importance'] | null;
  responsibleEmployeeId?: string | null;
  informationSourceId?: string | null;
  groupId?: string | null;
  parentId?: string | null;
}

const SEARCH_MIN = 2;

export function listCounterparties(
  ctx: Context,
  filter: repository.CounterpartyListFilter,
  orderBy: repository.CounterpartyOrder[],
  args: PageArgs,
) {
  if (filter.search != null && filter.search.trim().length < SEARCH_MIN) {
    throw badInput(`"search" needs at least ${SEARCH_MIN} characters.`, ['where', 'search']);
  }
  return repository.list(ctx.db, filter, orderBy, args);
}

/** Fields that are plain optional texts, with their length limits. */
const TEXT_FIELDS = {
  legalName: 500, taxNumber: 50, registrationNumber: 50, notes: 10_000, industry: 200, region: 200, segment: 200,
} as const;

/**
 * Checks and normalises the fields given; omitted fields stay out of the result, so the same
 * function serves create (with `creating`, required fields must be there) and update.
 */
async function counterpartyValues(
  ctx: Context, input: CounterpartyFields, errors: InputErrors, creating: boolean, selfId?: number,
): Promise<Partial<CounterpartyInsert>> {
  const values: Partial<CounterpartyInsert> = {};
  if (input.externalId !== undefined) values.externalId = errors.text(['externalId'], input.externalId, { max: 200 });
  if (input.kind != null) values.kind = input.kind;
  else if (creating || input.kind === null) errors.add(['kind'], 'REQUIRED', 'kind is required.');
  if (input.roles != null) values.roles = [...new Set(input.roles)];
  if (creating || input.name !== undefined) {
    values.name = errors.text(['name'], input.name, { required: true, max: 300 }) ?? undefined;
  }
  for (const [field, max] of Object.entries(TEXT_FIELDS) as [keyof typeof TEXT_FIELDS, number][]) {
    if (input[field] !== undefined) values[field] = errors.text([field], input[field], { max });
  }
  if (input.addresses != null) values.addresses = details.addresses(errors, input.addresses);
  if (input.phones != null) values.phones = details.phones(errors, input.phones);
  if (input.emails != null) values.emails = details.emails(errors, input.emails);
  if (input.websites != null) values.websites = details.websites(errors, input.websites);
  if (input.bankAccounts != null) values.bankAccounts = details.bankAccounts(errors, input.bankAccounts);
  if (input.size !== undefined) values.size = input.size;
  if (input.importance != null) values.importance = input.importance;

  const employeeId = referenceKey(errors, ['responsibleEmployeeId'], input.responsibleEmployeeId, 'Employee');
  const sourceId = referenceKey(errors, ['informationSourceId'], input.informationSourceId, 'InformationSource');
  const groupId = referenceKey(errors, ['groupId'], input.groupId, 'CounterpartyGroup');
  const parentId = referenceKey(errors, ['parentId'], input.parentId, 'Counterparty');
  const [employee, source, group, parent] = await Promise.all([
    employeeId != null ? ctx.loaders.employeeById.load(employeeId) : null,
    sourceId != null ? ctx.loaders.informationSourceById.load(sourceId) : null,
    groupId != null ? ctx.loaders.counterpartyGroupById.load(groupId) : null,
    parentId != null ? ctx.loaders.counterpartyById.load(parentId) : null,
  ]);
  requireFound(errors, ['responsibleEmployeeId'], employeeId, employee, 'employee');
  if (employee && !employee.active) {
    errors.add(['responsibleEmployeeId'], 'INVALID_STATE', 'This employee is inactive and cannot be assigned counterparties.');
  }
  requireFound(errors, ['informationSourceId'], sourceId, source, 'information source');
  requireFound(errors, ['groupId'], groupId, group, 'counterparty group');
  requireFound(errors, ['parentId'], parentId, parent, 'counterparty');
  if (parentId != null && selfId !== undefined && parent) {
    if ((await repository.ancestorIds(ctx.db, parentId)).includes(selfId)) {
      errors.add(['parentId'], 'CYCLE', 'A counterparty cannot be its own parent organisation, directly or through others.');
    }
  }
  if (input.responsibleEmployeeId !== undefined) values.responsibleEmployeeId = employeeId ?? null;
  if (input.informationSourceId !== undefined) values.informationSourceId = sourceId ?? null;
  if (input.groupId !== undefined) values.groupId = groupId ?? null;
  if (input.parentId !== undefined) values.parentId = parentId ?? null;
  return values;
}

async function checkExternalIdFree(ctx: Context, errors: InputErrors, externalId: string | null | undefined, selfId?: number) {
  if (!externalId) return;
  const holder = await ctx.loaders.counterpartyByExternalId.load(externalId);
  if (holder && holder.id !== selfId) externalIdTaken(errors);
}

const externalIdTaken = (errors: InputErrors) =>
  errors.add(['externalId'], 'DUPLICATE', 'Another counterparty already has this externalId.');

/** Runs a write; a unique violation on the external id becomes the user error it is. */
async function saving(errors: InputErrors, write: () => Promise<CounterpartyRow>) {
  try {
    return { counterparty: await write(), userErrors: [] };
  } catch (error) {
    if (!isUniqueViolation(error, 'counterparties_external_id_key')) throw error;
    externalIdTaken(errors);
    return failed(errors);
  }
}

export async function createCounterparty(ctx: Context, input: CounterpartyFields) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const values = await counterpartyValues(ctx, input, errors, true);
  await checkExternalIdFree(ctx, errors, values.externalId);
  if (errors.any) return failed(errors);
  return saving(errors, () => repository.insert(ctx.db, values as CounterpartyInsert));
}

export async function updateCounterparty(ctx: Context, input: CounterpartyFields & { id: string; expectedVersion: number }) {
  requireWriter(ctx.viewer);
  const key = requireKey(input.id, 'Counterparty', ['input', 'id']);
  const errors = new InputErrors();
  const values = await counterpartyValues(ctx, input, errors, false, key);
  await checkExternalIdFree(ctx, errors, values.externalId, key);
  if (errors.any) return failed(errors);
  return saving(errors, async () =>
    updatedRow(await updateVersioned(ctx.db, counterparties, key, input.expectedVersion, values), 'Counterparty', input.expectedVersion));
}

export async function setArchived(ctx: Context, input: { id: string; expectedVersion: number }, archived: boolean) {
  requireWriter(ctx.viewer);
  const key = requireKey(input.id, 'Counterparty', ['input', 'id']);
  const current = await ctx.loaders.counterpartyById.load(key);
  const errors = new InputErrors();
  if (current && (current.archivedAt !== null) === archived) {
    errors.add(['id'], 'INVALID_STATE', archived ? 'The counterparty is already archived.' : 'The counterparty is not archived.');
    return failed(errors);
  }
  const result = await updateVersioned(ctx.db, counterparties, key, input.expectedVersion, { archivedAt: archived ? new Date() : null });
  return { counterparty: updatedRow(result, 'Counterparty', input.expectedVersion), userErrors: [] };
}

export async function counterpartyByExternalId(ctx: Context, externalId: string) {
  return ctx.loaders.counterpartyByExternalId.load(externalId);
}
