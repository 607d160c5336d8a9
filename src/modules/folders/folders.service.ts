import type { Context } from '../../context.js';
import { isForeignKeyViolation } from '../../db/errors.js';
import type { FolderLoaders } from './folders.loaders.js';
import type { FolderRow, FolderTreeRepository } from './folders.repository.js';
import { payloadWriter, versionedRow, writeInTransaction } from '../../lib/write.js';
import { notFound } from '../../lib/errors.js';
import { requireKey, toGlobalId } from '../../lib/global-id.js';
import { referenceKey, requireFound } from '../../lib/references.js';
import { failed, InputErrors } from '../../lib/user-errors.js';
import { requireWriter } from '../auth/viewer.js';

export interface FolderTreeSpec {
  /** GraphQL type of the folders, e.g. "ProductGroup". */
  type: string;
  /** What a folder is called in messages, e.g. "product group". */
  folder: string;
  /** What the folders hold, e.g. "products". */
  members: string;
  repository: FolderTreeRepository;
  loaders: (ctx: Context) => FolderLoaders;
}

/**
 * The rules of a folder tree: names unique among siblings and free of "/" (it separates path
 * levels), moves that never close a cycle (checked under the tree's lock), deletion only of
 * empty folders. Every write answers a payload `{ group, userErrors }`.
 */
export function folderTreeService(spec: FolderTreeSpec) {
  const { repository } = spec;
  const uniqueFields = {
    [repository.siblingNameConstraint]: { field: 'name', message: `Another ${spec.folder} in the same parent already has this name.` },
  };

  function folderName(errors: InputErrors, name: string | null | undefined): string | null {
    const clean = errors.text(['name'], name, { required: true, max: 200 });
    if (clean?.includes('/')) {
      errors.add(['name'], 'INVALID', `A ${spec.folder} name cannot contain "/": it separates the levels of a path.`);
      return null;
    }
    return clean;
  }

  /** Writes a folder; then this request's loaders forget the tree's shape, which it may have changed. */
  const saving = payloadWriter('group', uniqueFields, (ctx: Context, group: FolderRow) => {
    const loaders = spec.loaders(ctx);
    loaders.byId.clear(group.id).prime(group.id, group);
    loaders.pathById.clearAll();
    loaders.children.clearAll();
  });

  return {
    async create(ctx: Context, input: { name: string; parentId?: string | null }) {
      requireWriter(ctx.viewer);
      const errors = new InputErrors();
      const name = folderName(errors, input.name);
      const parentId = referenceKey(errors, ['parentId'], input.parentId, spec.type);
      if (parentId != null) requireFound(errors, ['parentId'], parentId, await spec.loaders(ctx).byId.load(parentId), spec.folder);
      if (errors.any) return failed(errors);
      return saving(ctx, errors, (tx) => repository.insert(tx, { name: name!, parentId }));
    },

    async rename(ctx: Context, input: { id: string; expectedVersion: number; name: string }) {
      requireWriter(ctx.viewer);
      const key = requireKey(input.id, spec.type, ['input', 'id']);
      const errors = new InputErrors();
      const name = folderName(errors, input.name);
      if (errors.any) return failed(errors);
      return saving(ctx, errors, async (tx) =>
        versionedRow(await repository.update(tx, key, input.expectedVersion, { name: name! }), spec.type, input.expectedVersion));
    },

    async move(ctx: Context, input: { id: string; expectedVersion: number; parentId?: string | null }) {
      requireWriter(ctx.viewer);
      const key = requireKey(input.id, spec.type, ['input', 'id']);
      const errors = new InputErrors();
      const parentId = referenceKey(errors, ['parentId'], input.parentId, spec.type) ?? null;
      if (errors.any) return failed(errors);
      return saving(ctx, errors, async (tx) => {
        await repository.lock(tx);
        if (parentId !== null) {
          const ancestors = await repository.ancestorIds(tx, parentId);
          if (ancestors.length === 0) errors.add(['parentId'], 'NOT_FOUND', `No ${spec.folder} has the id given in this field.`);
          else if (ancestors.includes(key)) errors.add(['parentId'], 'CYCLE', `A ${spec.folder} cannot move into itself or into one below it.`);
          if (errors.any) return null;
        }
        return versionedRow(await repository.update(tx, key, input.expectedVersion, { parentId }), spec.type, input.expectedVersion);
      });
    },

    async remove(ctx: Context, input: { id: string }) {
      requireWriter(ctx.viewer);
      const key = requireKey(input.id, spec.type, ['input', 'id']);
      const errors = new InputErrors();
      const notEmpty = () => errors.add(['id'], 'NOT_EMPTY', `The ${spec.folder} still holds ${spec.folder}s or ${spec.members}; move them out first.`);
      const deleted = await writeInTransaction(ctx.db, errors, {}, async (tx) => {
        await repository.lock(tx);
        if (!(await repository.isEmpty(tx, key))) {
          notEmpty();
          return null;
        }
        if (!(await repository.remove(tx, key))) throw notFound(spec.type, ['input', 'id']);
        return key;
      }).catch((error: unknown) => {
        // A member filed into the folder after the check above still keeps it from going.
        if (!isForeignKeyViolation(error)) throw error;
        notEmpty();
        return null;
      });
      if (deleted === null) return { deletedId: null, ...failed(errors) };
      spec.loaders(ctx).byId.clear(key);
      return { deletedId: toGlobalId(spec.type, key), userErrors: [] };
    },

    /** Names from the top down, joined by "/"; one statement for every folder asked together. */
    path: async (ctx: Context, group: FolderRow) => (await spec.loaders(ctx).pathById.load(group.id))?.path ?? group.name,

    roots: (ctx: Context) => repository.roots(ctx.db),
  };
}

/**
 * A folder path as written by a person ("Clients / Budget", "clients/budget/") in the form
 * `idsByPaths` matches (regardless of case): trimmed names joined by "/"; null when it names nothing.
 */
export function normalisedFolderPath(path: string): string | null {
  const names = path.split('/').map((name) => name.trim()).filter((name) => name.length > 0);
  return names.length > 0 ? names.join('/') : null;
}
