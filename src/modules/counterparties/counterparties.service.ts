import type { Context } from '../../context.js';
import type { Selection } from '../../lib/selection.js';
import { chooseColumns } from '../../db/columns.js';
import { payloadWriter, versionedRow, writeArchived } from '../../lib/write.js';
import type { CounterpartyInsert, CounterpartyRow } from '../../db/schema/index.js';
import type { PageArgs } from '../../lib/connection.js';
import { searchTerm } from '../../lib/search-term.js';
import { referenceKeyOrThrow, requireKey } from '../../lib/global-id.js';
import { referenceKey, requireFound } from '../../lib/references.js';
import { failed, InputErrors } from '../../lib/user-errors.js';
import { requireWriter } from '../auth/viewer.js';
import * as details from '../../lib/contact-details.js';
import * as repository from './counterparties.repository.js';

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

/** The `CounterpartyFilter` argument, as clients send it. */
export interface CounterpartyFilterInput extends Omit<repository.CounterpartyListFilter, 'groupId' | 'responsibleEmployeeId' | 'informationSourceId'> {
  groupId?: string | null;
  responsibleEmployeeId?: string | null;
  informationSourceId?: string | null;
}

/**
 * A `CounterpartyFilter` argument as the repository takes it: ids decoded (a bad one is a
 * BAD_USER_INPUT naming its field), the search term checked, archived counterparties left out
 * when no filter is given (the schema's default holds only inside a given filter). Every list of
 * counterparties (the register, the contact list report) reads its filter here.
 */
export function readCounterpartyFilter(where: CounterpartyFilterInput | null | undefined): repository.CounterpartyListFilter {
  return {
    ...where,
    search: searchTerm(where?.search),
    groupId: referenceKeyOrThrow(where?.groupId, 'CounterpartyGroup', ['where', 'groupId']),
    responsibleEmployeeId: referenceKeyOrThrow(where?.responsibleEmployeeId, 'Employee', ['where', 'responsibleEmployeeId']),
    informationSourceId: referenceKeyOrThrow(where?.informationSourceId, 'InformationSource', ['where', 'informationSourceId']),
    archived: where ? where.archived : false,
  };
}

export function listCounterparties(
  ctx: Context,
  where: CounterpartyFilterInput | null | undefined,
  orderBy: repository.CounterpartyOrder[],
  args: PageArgs,
  /** The fields the query selects on the counterparties (see `selectionOf`). */
  selected: Selection,
) {
  const columns = chooseColumns(repository.counterpartyColumns, selected);
  return repository.list(ctx.db, readCounterpartyFilter(where), orderBy, args, columns);
}

/** Fields that are plain optional texts, with their length limits. */
const TEXT_FIELDS = {
  legalName: 500, taxNumber: 50, registrationNumber: 50, notes: 10_000, industry: 200, region: 200, segment: 200,
} as const;

/**
 * Checks and normalises the fields given that need no lookup; omitted fields stay out of the
 * result, so the same function serves create (with `creating`, required fields must be there),
 * update and import.
 */
export function counterpartyFieldValues(
  input: CounterpartyFields, errors: InputErrors, creating: boolean,
): Partial<CounterpartyInsert> {
  const values: Partial<CounterpartyInsert> = {};
  if (input.externalId !== undefined) values.externalId = errors.text(['externalId'], input.externalId, { max: 200 });
  if (input.kind != null) values.kind = input.kind;
  else if (creating || input.kind === null) errors.add(['kind'], 'REQUIRED', 'kind is required.');
  // A list given replaces the old one; null clears it like an empty list.
  if (input.roles !== undefined) values.roles = [...new Set(input.roles ?? [])];
  if (creating || input.name !== undefined) {
    values.name = errors.text(['name'], input.name, { required: true, max: 300 }) ?? undefined;
  }
  for (const [field, max] of Object.entries(TEXT_FIELDS) as [keyof typeof TEXT_FIELDS, number][]) {
    if (input[field] !== undefined) values[field] = errors.text([field], input[field], { max });
  }
  if (input.addresses !== undefined) values.addresses = details.addresses(errors, input.addresses ?? []);
  if (input.phones !== undefined) values.phones = details.phones(errors, input.phones ?? []);
  if (input.emails !== undefined) values.emails = details.emails(errors, input.emails ?? []);
  if (input.websites !== undefined) values.websites = details.websites(errors, input.websites ?? []);
  if (input.bankAccounts !== undefined) values.bankAccounts = details.bankAccounts(errors, input.bankAccounts ?? []);
  if (input.size !== undefined) values.size = input.size;
  values.importance = errors.notNull(['importance'], input.importance);
  return values;
}

/** Checks and normalises the fields given, and that the records they refer to exist. */
async function counterpartyValues(
  ctx: Context, input: CounterpartyFields, errors: InputErrors, creating: boolean,
): Promise<Partial<CounterpartyInsert>> {
  const values = counterpartyFieldValues(input, errors, creating);
  const employeeId = referenceKey(errors, ['responsibleEmployeeId'], input.responsibleEmployeeId, 'Employee');
  const sourceId = referenceKey(errors, ['informationSourceId'], input.informationSourceId, 'InformationSource');
  const groupId = referenceKey(errors, ['groupId'], input.groupId, 'CounterpartyGroup');
  const parentId = referenceKey(errors, ['parentId'], input.parentId, 'Counterparty');
  const [employee, source, group, parent] = await Promise.all([
    employeeId != null ? ctx.loaders.catalogues.employeeById.load(employeeId) : null,
    sourceId != null ? ctx.loaders.catalogues.informationSourceById.load(sourceId) : null,
    groupId != null ? ctx.loaders.counterparties.groups.byId.load(groupId) : null,
    parentId != null ? ctx.loaders.counterparties.byId.load(parentId) : null,
  ]);
  requireFound(errors, ['responsibleEmployeeId'], employeeId, employee, 'employee');
  if (employee && !employee.active) {
    errors.add(['responsibleEmployeeId'], 'INVALID_STATE', 'This employee is inactive and cannot be assigned counterparties.');
  }
  requireFound(errors, ['informationSourceId'], sourceId, source, 'information source');
  requireFound(errors, ['groupId'], groupId, group, 'counterparty group');
  requireFound(errors, ['parentId'], parentId, parent, 'counterparty');
  if (input.responsibleEmployeeId !== undefined) values.responsibleEmployeeId = employeeId ?? null;
  if (input.informationSourceId !== undefined) values.informationSourceId = sourceId ?? null;
  if (input.groupId !== undefined) values.groupId = groupId ?? null;
  if (input.parentId !== undefined) values.parentId = parentId ?? null;
  return values;
}

/**
 * Makes this request's loaders answer with the counterparty as just written, so later fields and
 * later mutations of the same request do not see the version before the write.
 */
export function rememberCounterparty(ctx: Context, counterparty: CounterpartyRow): void {
  ctx.loaders.counterparties.byId.clear(counterparty.id).prime(counterparty.id, counterparty);
}

/** Writes a counterparty in one transaction; a taken external id becomes a user error. */
export const saveCounterparty = payloadWriter('counterparty', repository.uniqueFields, rememberCounterparty);

export async function createCounterparty(ctx: Context, input: CounterpartyFields) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const values = await counterpartyValues(ctx, input, errors, true);
  if (errors.any) return failed(errors);
  return saveCounterparty(ctx, errors, (tx) => repository.insert(tx, values as CounterpartyInsert));
}

export async function updateCounterparty(ctx: Context, input: CounterpartyFields & { id: string; expectedVersion: number }) {
  requireWriter(ctx.viewer);
  const key = requireKey(input.id, 'Counterparty', ['input', 'id']);
  const errors = new InputErrors();
  const values = await counterpartyValues(ctx, input, errors, false);
  if (errors.any) return failed(errors);
  return saveCounterparty(ctx, errors, async (tx) => {
    if (values.parentId != null) {
      await repository.lockHoldingTree(tx);
      if (await repository.wouldCycle(tx, key, values.parentId)) {
        errors.add(['parentId'], 'CYCLE', 'A counterparty cannot be its own parent organisation, directly or through others.');
        return null;
      }
    }
    return versionedRow(await repository.update(tx, key, input.expectedVersion, values), 'Counterparty', input.expectedVersion);
  });
}

export function setArchived(ctx: Context, input: { id: string; expectedVersion: number }, archive: boolean) {
  requireWriter(ctx.viewer);
  const key = requireKey(input.id, 'Counterparty', ['input', 'id']);
  return writeArchived(ctx, key, input.expectedVersion, archive, { type: 'Counterparty', noun: 'counterparty', atVersion: repository.atVersion, update: repository.update }, saveCounterparty);
}

export async function counterpartyByExternalId(ctx: Context, externalId: string) {
  return ctx.loaders.counterparties.byExternalId.load(externalId.trim());
}
