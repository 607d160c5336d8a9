import type { CounterpartyConnectionResolvers } from './../../types.generated';

export const CounterpartyConnection: CounterpartyConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
