import type { CounterpartyContactListConnectionResolvers } from './../../types.generated.js';

export const CounterpartyContactListConnection: CounterpartyContactListConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
