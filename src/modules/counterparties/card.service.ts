import type { Context } from '../../context.js';
import { payloadWriter, versionedRow } from '../../lib/write.js';
import type { CounterpartyObjectRow, CounterpartyRow, ParameterDefinitionRow } from '../../db/schema/index.js';
import { notFound } from '../../lib/errors.js';
import { requireKey, toGlobalId } from '../../lib/global-id.js';
import { referenceKey, requireFound } from '../../lib/references.js';
import { failed, InputErrors } from '../../lib/user-errors.js';
import { requireWriter } from '../auth/viewer.js';
import { checkParameterValue, type ParameterValueInput } from './parameter-values.js';
import * as repository from './counterparties.repository.js';
import { saveCounterparty } from './counterparties.service.js';

/*
 * The tabs of a counterparty's card besides its own fields: objects, parameters, competitors.
 * Changing parameters or competitors changes the card, so it bumps the counterparty's version;
 * a client that sends `expectedVersion` gets a CONFLICT instead of overwriting a newer card.
 */

async function existingCounterparty(ctx: Context, errors: InputErrors, id: string, field: string) {
  const key = referenceKey(errors, [field], id, 'Counterparty');
  const row = key != null ? await ctx.loaders.counterparties.byId.load(key) : null;
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

const saveObject = payloadWriter('object', {}, (ctx: Context, object: CounterpartyObjectRow) => {
  ctx.loaders.counterparties.objectById.clear(object.id).prime(object.id, object);
  ctx.loaders.counterparties.objectsByCounterpartyId.clear(object.counterpartyId);
});

export async function createObject(ctx: Context, input: ObjectFields & { counterpartyId: string }) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const counterparty = await existingCounterparty(ctx, errors, input.counterpartyId, 'counterpartyId');
  const values = objectValues(errors, input, true);
  if (errors.any || !counterparty) return failed(errors);
  return saveObject(ctx, errors, (tx) => repository.insertObject(tx, { ...values, name: values.name!, counterpartyId: counterparty.id }));
}

export async function updateObject(ctx: Context, input: ObjectFields & { id: string; expectedVersion: number }) {
  requireWriter(ctx.viewer);
  const key = requireKey(input.id, 'CounterpartyObject', ['input', 'id']);
  const errors = new InputErrors();
  const values = objectValues(errors, input, false);
  if (errors.any) return failed(errors);
  return saveObject(ctx, errors, async (tx) => versionedRow(
    await repository.updateObject(tx, key, input.expectedVersion, { ...values, name: values.name ?? undefined }), 'CounterpartyObject', input.expectedVersion));
}

export async function deleteObject(ctx: Context, input: { id: string }) {
  requireWriter(ctx.viewer);
  const key = requireKey(input.id, 'CounterpartyObject', ['input', 'id']);
  if (!(await repository.deleteObject(ctx.db, key))) throw notFound('CounterpartyObject', ['input', 'id']);
  return { deletedId: toGlobalId('CounterpartyObject', key), userErrors: [] };
}

const saveParameterDefinition = payloadWriter('parameterDefinition', repository.parameterUniqueFields, (ctx: Context, definition: ParameterDefinitionRow) => {
  ctx.loaders.counterparties.parameterDefinitionById.clear(definition.id).prime(definition.id, definition);
});

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
  return saveParameterDefinition(ctx, errors, (tx) => repository.insertParameterDefinition(tx, { code: code!, name: name!, type: input.type, description }));
}

/**
 * Changes a tab of `counterparty`'s card in one transaction with the bump of its version. `change`
 * refuses by adding user errors, and then nothing is written.
 */
function changeCard(
  ctx: Context, errors: InputErrors, counterparty: CounterpartyRow, expectedVersion: number | null | undefined,
  change: (tx: Context['db']) => Promise<void>,
) {
  return saveCounterparty(ctx, errors, async (tx) => {
    // The bump comes first and locks the counterparty's row: concurrent changes of one card
    // queue there instead of locking its tab rows in different orders and deadlocking.
    const row = versionedRow(await repository.touch(tx, counterparty.id, expectedVersion), 'Counterparty', expectedVersion, 'counterpartyId');
    await change(tx);
    return row;
  });
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
    const definition = await ctx.loaders.counterparties.parameterDefinitionById.load(parameterId);
    requireFound(at, ['parameterId'], parameterId, definition, 'parameter');
    return definition ? checkParameterValue(at, definition, value) : null;
  }));
  if (errors.any || !counterparty) return failed(errors);
  const valid = checked.filter((entry) => entry !== null);
  if (valid.length === 0) return { counterparty, userErrors: [] };
  return changeCard(ctx, errors, counterparty, input.expectedVersion, async (tx) => {
    await repository.upsertParameterValues(tx, valid.filter((e) => !e.clear).map((e) => ({ ...e.columns, counterpartyId: counterparty.id, parameterId: e.parameterId })));
    await repository.deleteParameterValues(tx, counterparty.id, valid.filter((e) => e.clear).map((e) => e.parameterId));
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
  });
}

export async function removeCompetitor(ctx: Context, input: CardChange & { competitorId: string }) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const client = await existingCounterparty(ctx, errors, input.counterpartyId, 'counterpartyId');
  const competitorId = referenceKey(errors, ['competitorId'], input.competitorId, 'Counterparty');
  if (errors.any || !client || competitorId == null) return failed(errors);
  return changeCard(ctx, errors, client, input.expectedVersion, async (tx) => {
    if (!(await repository.deleteCompetitor(tx, client.id, competitorId))) {
      errors.add(['competitorId'], 'NOT_FOUND', 'This counterparty is not in the client\'s competitor list.');
    }
  });
}

export const listParameterDefinitions = (ctx: Context) => repository.allParameterDefinitions(ctx.db);
