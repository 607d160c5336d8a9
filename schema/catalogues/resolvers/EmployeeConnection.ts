import type { EmployeeConnectionResolvers } from './../../types.generated';

export const EmployeeConnection: EmployeeConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
