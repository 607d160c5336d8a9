import type { ContractConnectionResolvers } from './../../types.generated';

export const ContractConnection: ContractConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
