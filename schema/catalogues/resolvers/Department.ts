import type { DepartmentResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';

export const Department: DepartmentResolvers = {
  id: ({ id }) => toGlobalId('Department', id),
  parent: ({ parentId }, _args, ctx) => (parentId === null ? null : ctx.loaders.catalogues.departmentById.load(parentId)),
};
