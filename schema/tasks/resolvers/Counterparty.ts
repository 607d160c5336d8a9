import type { CounterpartyResolvers } from './../../types.generated.js';

export const Counterparty: Pick<CounterpartyResolvers, 'tasks'|'__isTypeOf'> = {
  tasks: ({ id }, _args, ctx) => ctx.loaders.tasks.byCounterpartyId.load(id),
};
