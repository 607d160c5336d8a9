import type { CounterpartyConnectionResolvers } from './../../types.generated.js';

export const CounterpartyConnection: CounterpartyConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
