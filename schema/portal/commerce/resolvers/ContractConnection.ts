import type { ContractConnectionResolvers } from './../../types.generated.js';

export const ContractConnection: ContractConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
