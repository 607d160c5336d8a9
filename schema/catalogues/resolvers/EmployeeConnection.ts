import type { EmployeeConnectionResolvers } from './../../types.generated.js';

export const EmployeeConnection: EmployeeConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
