import type { DepartmentResolvers } from './../../types.generated';
import { toGlobalId } from '../../../src/lib/global-id';

export const Department: DepartmentResolvers = {
  id: ({ id }) => toGlobalId('Department', id),
  parent: ({ parentId }, _args, ctx) => (parentId === null ? null : ctx.loaders.departmentById.load(parentId)),
};
