import { TransactionRollbackError } from 'drizzle-orm';
import type { Context } from '../../context.js';
import { updatedRow } from '../../db/versioned.js';
import { writeReportingConflicts } from '../../db/write.js';
import type { CounterpartyRow, ParameterDefinitionRow } from '../../db/schema/index.js';
import { notFound } from '../../lib/errors.js';
import { requireKey, toGlobalId } from '../../lib/global-id.js';
import { referenceKey, requireFound } from '../../lib/references.js';
import { failed, InputErrors } from '../../lib/user-errors.js';
import { requireWriter } from '../auth/viewer.js';
import { checkParameterValue, type ParameterValueInput } from './parameter-values.js';
import * as repository from './counterparties.repository.js';
import { rememberCounterparty } from './counterparties.service.js';

/*
 * The tabs of a counterparty's card besides its own fields: objects, parameters, competitors.
 * Changing parameters or competitors changes the card, so it bumps the counterparty's version;
 * a client that sends `expectedVersion` gets a CONFLICT instead of overwriting a newer card.
 */

async function existingCounterparty(ctx: Context, errors: InputErrors, id: string, field: string) {
  const key = referenceKey(errors, [field], id, 'Counterparty');
  const row = key != null ? await ctx.loaders.counterpartyById.load(key) : null;
  requireFound(errors, [field], key, row, 'counterparty');
  return row;
}

interface ObjectFields { name?: string | null; address?: string | null; notes?: string | null }

function objectValues(errors: InputErrors, input: ObjectFields, creating: boolean) {
  const values: ObjectFields = {};
  if (creating || input.name !== undefined) values.name = errors.text(['name'], input.name, { required: true, max: 300 });
  if (input.address !== undefined) values.address = errors.text(['address'], input.address, { max: 1000 });
  if (input.notes !== undefined) values.notes = errors.text(['notes'], input.notes, { max: 10_000 });
  return values;
}

export async function createObject(ctx: Context, input: ObjectFields & { counterpartyId: string }) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const counterparty = await existingCounterparty(ctx, errors, input.counterpartyId, 'counterpartyId');
  const values = objectValues(errors, input, true);
  if (errors.any || !counterparty) return failed(errors);
  const object = await writeReportingConflicts(errors, () =>
    repository.insertObject(ctx.db, { ...values, name: values.name!, counterpartyId: counterparty.id }));
  return object ? { object, userErrors: [] } : failed(errors);
}

export async function updateObject(ctx: Context, input: ObjectFields & { id: string; expectedVersion: number }) {
  requireWriter(ctx.viewer);
  const key = requireKey(input.id, 'CounterpartyObject', ['input', 'id']);
  const errors = new InputErrors();
  const values = objectValues(errors, input, false);
  if (errors.any) return failed(errors);
  const result = await repository.updateObject(ctx.db, key, input.expectedVersion, { ...values, name: values.name ?? undefined });
  return { object: updatedRow(result, 'CounterpartyObject', input.expectedVersion), userErrors: [] };
}

export async function deleteObject(ctx: Context, input: { id: string }) {
  requireWriter(ctx.viewer);
  const key = requireKey(input.id, 'CounterpartyObject', ['input', 'id']);
  if (!(await repository.deleteObject(ctx.db, key))) throw notFound('CounterpartyObject', ['input', 'id']);
  return { deletedId: toGlobalId('CounterpartyObject', key), userErrors: [] };
}

const PARAMETER_CODE = /^[a-z][a-z0-9_]{0,62}$/;

export async function createParameterDefinition(
  ctx: Context, input: { code: string; name: string; type: ParameterDefinitionRow['type']; description?: string | null },
) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const code = errors.text(['code'], input.code, { required: true, max: 63 });
  if (code && !PARAMETER_CODE.test(code)) errors.add(['code'], 'INVALID', 'A code is lower-case letters, digits and "_", starting with a letter.');
  const name = errors.text(['name'], input.name, { required: true, max: 200 });
  const description = errors.text(['description'], input.description, { max: 2000 });
  if (errors.any) return failed(errors);
  const parameterDefinition = await writeReportingConflicts(errors,
    () => repository.insertParameterDefinition(ctx.db, { code: code!, name: name!, type: input.type, description }),
    [{ constraint: 'parameter_definitions_code_key', field: 'code', message: 'Another parameter already has this code.' }]);
  return parameterDefinition ? { parameterDefinition, userErrors: [] } : failed(errors);
}

/**
 * Changes a tab of `counterparty`'s card in one transaction with the bump of its version. `change`
 * answers false after adding user errors, and then nothing is written.
 */
async function changeCard(
  ctx: Context, errors: InputErrors, counterparty: CounterpartyRow, expectedVersion: number | null | undefined,
  change: (tx: Context['db']) => Promise<boolean>,
) {
  try {
    const updated = await writeReportingConflicts(errors, () => ctx.db.transaction(async (tx) => {
      // The bump comes first and locks the counterparty's row: concurrent changes of one card
      // queue there instead of locking its tab rows in different orders and deadlocking.
      const row = await repository.touch(tx, counterparty.id, expectedVersion);
      if (!(await change(tx))) tx.rollback();
      return row;
    }));
    if (!updated) return failed(errors);
    rememberCounterparty(ctx, updated);
    return { counterparty: updated, userErrors: [] };
  } catch (error) {
    if (error instanceof TransactionRollbackError) return failed(errors);
    throw error;
  }
}

interface CardChange { counterpartyId: string; expectedVersion?: number | null }

export async function setParameters(ctx: Context, input: CardChange & { values: ParameterValueInput[] }) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const counterparty = await existingCounterparty(ctx, errors, input.counterpartyId, 'counterpartyId');
  const seen = new Set<number>();
  const checked = await Promise.all(input.values.map(async (value, index) => {
    const at = errors.under(['values', index]);
    const parameterId = referenceKey(at, ['parameterId'], value.parameterId, 'ParameterDefinition');
    if (parameterId == null) return null;
    if (seen.has(parameterId)) at.add(['parameterId'], 'DUPLICATE', 'This parameter is listed twice.');
    seen.add(parameterId);
    const definition = await ctx.loaders.parameterDefinitionById.load(parameterId);
    requireFound(at, ['parameterId'], parameterId, definition, 'parameter');
    return definition ? checkParameterValue(at, definition, value) : null;
  }));
  if (errors.any || !counterparty) return failed(errors);
  const valid = checked.filter((entry) => entry !== null);
  if (valid.length === 0) return { counterparty, userErrors: [] };
  return changeCard(ctx, errors, counterparty, input.expectedVersion, async (tx) => {
    await repository.upsertParameterValues(tx, valid.filter((e) => !e.clear).map((e) => ({ ...e.columns, counterpartyId: counterparty.id, parameterId: e.parameterId })));
    await repository.deleteParameterValues(tx, counterparty.id, valid.filter((e) => e.clear).map((e) => e.parameterId));
    return true;
  });
}

const SHARE = /^(100(\.0{1,2})?|[0-9]{1,2}(\.[0-9]{1,2})?)$/;

export async function setCompetitor(
  ctx: Context, input: CardChange & { competitorId: string; purchaseShare?: string | null; notes?: string | null },
) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const client = await existingCounterparty(ctx, errors, input.counterpartyId, 'counterpartyId');
  const competitor = await existingCounterparty(ctx, errors, input.competitorId, 'competitorId');
  if (client && competitor && client.id === competitor.id) errors.add(['competitorId'], 'INVALID', 'A counterparty cannot be its own competitor.');
  if (input.purchaseShare != null && !SHARE.test(input.purchaseShare)) {
    errors.add(['purchaseShare'], 'OUT_OF_RANGE', 'The share is a percentage from 0 to 100 with at most 2 decimal places.');
  }
  const notes = errors.text(['notes'], input.notes, { max: 2000 });
  if (errors.any || !client || !competitor) return failed(errors);
  return changeCard(ctx, errors, client, input.expectedVersion, async (tx) => {
    await repository.upsertCompetitor(tx, { counterpartyId: client.id, competitorId: competitor.id, purchaseShare: input.purchaseShare ?? null, notes });
    return true;
  });
}

export async function removeCompetitor(ctx: Context, input: CardChange & { competitorId: string }) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const client = await existingCounterparty(ctx, errors, input.counterpartyId, 'counterpartyId');
  const competitorId = referenceKey(errors, ['competitorId'], input.competitorId, 'Counterparty');
  if (errors.any || !client || competitorId == null) return failed(errors);
  return changeCard(ctx, errors, client, input.expectedVersion, async (tx) => {
    if (await repository.deleteCompetitor(tx, client.id, competitorId)) return true;
    errors.add(['competitorId'], 'NOT_FOUND', 'This counterparty is not in the client\'s competitor list.');
    return false;
  });
}

export const listParameterDefinitions = (ctx: Context) => repository.allParameterDefinitions(ctx.db);
