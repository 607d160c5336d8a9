import type { DepartmentConnectionResolvers } from './../../types.generated';

export const DepartmentConnection: DepartmentConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
