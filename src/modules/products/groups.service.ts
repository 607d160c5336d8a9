import type { Context } from '../../context';
import { isForeignKeyViolation } from '../../db/errors';
import { updatedRow } from '../../db/versioned';
import { writeReportingConflicts, type UniqueField } from '../../db/write';
import type { ProductGroupRow } from '../../db/schema';
import { notFound } from '../../lib/errors';
import { requireKey, toGlobalId } from '../../lib/global-id';
import { referenceKey, requireFound } from '../../lib/references';
import { failed, InputErrors } from '../../lib/user-errors';
import { requireWriter } from '../auth/viewer';
import * as repository from './products.repository';

function groupName(errors: InputErrors, name: string | null | undefined): string | null {
  const clean = errors.text(['name'], name, { required: true, max: 200 });
  if (clean?.includes('/')) {
    errors.add(['name'], 'INVALID', 'A group name cannot contain "/": it separates the levels of a group path.');
    return null;
  }
  return clean;
}

const SIBLING_NAME: UniqueField = {
  constraint: 'product_groups_parent_name_key', field: 'name', message: 'Another group in the same parent already has this name.',
};

/**
 * Runs a group write; a sibling-name clash or a parent deleted meanwhile become user errors. The
 * request's loaders then forget the tree's shape, which the write may have changed.
 */
async function savingGroup(ctx: Context, errors: InputErrors, write: () => Promise<ProductGroupRow | null>) {
  const group = await writeReportingConflicts(errors, write, [SIBLING_NAME]);
  if (!group) return failed(errors);
  ctx.loaders.productGroupById.clear(group.id).prime(group.id, group);
  ctx.loaders.productGroupPathById.clearAll();
  ctx.loaders.productGroupChildren.clearAll();
  return { group, userErrors: [] };
}

export async function createGroup(ctx: Context, input: { name: string; parentId?: string | null }) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const name = groupName(errors, input.name);
  const parentId = referenceKey(errors, ['parentId'], input.parentId, 'ProductGroup');
  if (parentId != null) requireFound(errors, ['parentId'], parentId, await ctx.loaders.productGroupById.load(parentId), 'product group');
  if (errors.any) return failed(errors);
  return savingGroup(ctx, errors, () => repository.insertGroup(ctx.db, { name: name!, parentId }));
}

export async function renameGroup(ctx: Context, input: { id: string; expectedVersion: number; name: string }) {
  requireWriter(ctx.viewer);
  const key = requireKey(input.id, 'ProductGroup', ['input', 'id']);
  const errors = new InputErrors();
  const name = groupName(errors, input.name);
  if (errors.any) return failed(errors);
  return savingGroup(ctx, errors, async () =>
    updatedRow(await repository.updateGroup(ctx.db, key, input.expectedVersion, { name: name! }), 'ProductGroup', input.expectedVersion));
}

export async function moveGroup(ctx: Context, input: { id: string; expectedVersion: number; parentId?: string | null }) {
  requireWriter(ctx.viewer);
  const key = requireKey(input.id, 'ProductGroup', ['input', 'id']);
  const errors = new InputErrors();
  const parentId = referenceKey(errors, ['parentId'], input.parentId, 'ProductGroup') ?? null;
  if (errors.any) return failed(errors);
  return savingGroup(ctx, errors, () => ctx.db.transaction(async (tx) => {
    await repository.lockGroupTree(tx);
    if (parentId !== null) {
      const ancestors = await repository.groupAncestorIds(tx, parentId);
      if (ancestors.length === 0) errors.add(['parentId'], 'NOT_FOUND', 'No product group has the id given in this field.');
      else if (ancestors.includes(key)) errors.add(['parentId'], 'CYCLE', 'A group cannot move into itself or into one of its subgroups.');
      if (errors.any) return null;
    }
    return updatedRow(await repository.updateGroup(tx, key, input.expectedVersion, { parentId }), 'ProductGroup', input.expectedVersion);
  }));
}

export async function deleteGroup(ctx: Context, input: { id: string }) {
  requireWriter(ctx.viewer);
  const key = requireKey(input.id, 'ProductGroup', ['input', 'id']);
  const outcome = await ctx.db.transaction(async (tx) => {
    await repository.lockGroupTree(tx);
    if (!(await repository.groupIsEmpty(tx, key))) return 'not empty';
    return (await repository.deleteGroup(tx, key)) ? 'deleted' : 'missing';
  }).catch((error: unknown) => {
    // A product filed into the group after the check above still keeps it from going.
    if (isForeignKeyViolation(error)) return 'not empty';
    throw error;
  });
  if (outcome === 'missing') throw notFound('ProductGroup', ['input', 'id']);
  if (outcome === 'not empty') {
    const errors = new InputErrors();
    errors.add(['id'], 'NOT_EMPTY', 'The group still holds subgroups or products; move them out first.');
    return { deletedId: null, ...failed(errors) };
  }
  return { deletedId: toGlobalId('ProductGroup', key), userErrors: [] };
}

/** Names from the top down to the group, joined by "/"; one statement for every group asked together. */
export async function groupPath(ctx: Context, group: ProductGroupRow): Promise<string> {
  return (await ctx.loaders.productGroupPathById.load(group.id))?.path ?? group.name;
}

export const rootGroups = (ctx: Context) => repository.rootGroups(ctx.db);
