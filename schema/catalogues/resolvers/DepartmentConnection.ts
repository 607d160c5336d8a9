import type { DepartmentConnectionResolvers } from './../../types.generated.js';

export const DepartmentConnection: DepartmentConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
