import type { Context } from '../../context';
import { isForeignKeyViolation } from '../../db/errors';
import { updatedRow } from '../../db/versioned';
import { writeReportingConflicts, type UniqueField } from '../../db/write';
import type { CounterpartyGroupRow } from '../../db/schema';
import { notFound } from '../../lib/errors';
import { requireKey, toGlobalId } from '../../lib/global-id';
import { referenceKey, requireFound } from '../../lib/references';
import { failed, InputErrors } from '../../lib/user-errors';
import { requireWriter } from '../auth/viewer';
import * as repository from './counterparties.repository';

function groupName(errors: InputErrors, name: string | null | undefined): string | null {
  const clean = errors.text(['name'], name, { required: true, max: 200 });
  if (clean?.includes('/')) {
    errors.add(['name'], 'INVALID', 'A group name cannot contain "/": it separates the levels of a group path.');
    return null;
  }
  return clean;
}

const SIBLING_NAME: UniqueField = {
  constraint: 'counterparty_groups_parent_name_key', field: 'name', message: 'Another group in the same parent already has this name.',
};

/** Runs a group write; a sibling-name clash or a parent deleted meanwhile become user errors. */
async function savingGroup(errors: InputErrors, write: () => Promise<CounterpartyGroupRow | null>) {
  const group = await writeReportingConflicts(errors, write, [SIBLING_NAME]);
  return group ? { group, userErrors: [] } : failed(errors);
}

export async function createGroup(ctx: Context, input: { name: string; parentId?: string | null }) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const name = groupName(errors, input.name);
  const parentId = referenceKey(errors, ['parentId'], input.parentId, 'CounterpartyGroup');
  if (parentId != null) requireFound(errors, ['parentId'], parentId, await ctx.loaders.counterpartyGroupById.load(parentId), 'group');
  if (errors.any) return failed(errors);
  return savingGroup(errors, () => repository.insertGroup(ctx.db, { name: name!, parentId }));
}

export async function renameGroup(ctx: Context, input: { id: string; expectedVersion: number; name: string }) {
  requireWriter(ctx.viewer);
  const key = requireKey(input.id, 'CounterpartyGroup', ['input', 'id']);
  const errors = new InputErrors();
  const name = groupName(errors, input.name);
  if (errors.any) return failed(errors);
  return savingGroup(errors, async () =>
    updatedRow(await repository.updateGroup(ctx.db, key, input.expectedVersion, { name: name! }), 'CounterpartyGroup', input.expectedVersion));
}

export async function moveGroup(ctx: Context, input: { id: string; expectedVersion: number; parentId?: string | null }) {
  requireWriter(ctx.viewer);
  const key = requireKey(input.id, 'CounterpartyGroup', ['input', 'id']);
  const errors = new InputErrors();
  const parentId = referenceKey(errors, ['parentId'], input.parentId, 'CounterpartyGroup') ?? null;
  if (errors.any) return failed(errors);
  return savingGroup(errors, () => ctx.db.transaction(async (tx) => {
    await repository.lockGroupTree(tx);
    if (parentId !== null) {
      const ancestors = await repository.groupAncestorIds(tx, parentId);
      if (ancestors.length === 0) errors.add(['parentId'], 'NOT_FOUND', 'No group has the id given in this field.');
      else if (ancestors.includes(key)) errors.add(['parentId'], 'CYCLE', 'A group cannot move into itself or into one of its subgroups.');
      if (errors.any) return null;
    }
    return updatedRow(await repository.updateGroup(tx, key, input.expectedVersion, { parentId }), 'CounterpartyGroup', input.expectedVersion);
  }));
}

export async function deleteGroup(ctx: Context, input: { id: string }) {
  requireWriter(ctx.viewer);
  const key = requireKey(input.id, 'CounterpartyGroup', ['input', 'id']);
  const outcome = await ctx.db.transaction(async (tx) => {
    await repository.lockGroupTree(tx);
    if (!(await repository.groupIsEmpty(tx, key))) return 'not empty';
    return (await repository.deleteGroup(tx, key)) ? 'deleted' : 'missing';
  }).catch((error: unknown) => {
    // A counterparty filed into the group after the check above still keeps it from going.
    if (isForeignKeyViolation(error)) return 'not empty';
    throw error;
  });
  if (outcome === 'missing') throw notFound('CounterpartyGroup', ['input', 'id']);
  if (outcome === 'not empty') {
    const errors = new InputErrors();
    errors.add(['id'], 'NOT_EMPTY', 'The group still holds subgroups or counterparties; move them out first.');
    return { deletedId: null, ...failed(errors) };
  }
  return { deletedId: toGlobalId('CounterpartyGroup', key), userErrors: [] };
}

/** Names from the top down to the group, joined by "/", each level one batched load. */
export async function groupPath(ctx: Context, group: CounterpartyGroupRow): Promise<string> {
  const names = [group.name];
  let parentId = group.parentId;
  for (let depth = 0; parentId !== null && depth < 100; depth += 1) {
    const parent = await ctx.loaders.counterpartyGroupById.load(parentId);
    if (!parent) break;
    names.unshift(parent.name);
    parentId = parent.parentId;
  }
  return names.join('/');
}

export const rootGroups = (ctx: Context) => repository.rootGroups(ctx.db);
