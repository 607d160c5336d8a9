import type { CounterpartyResolvers } from './../../types.generated.js';
import { counterpartyOrders } from '../../../src/modules/orders/orders.service.js';

export const Counterparty: Pick<CounterpartyResolvers, 'orders' | 'settlements' | '__isTypeOf'> = {
  orders: ({ id }, args, ctx) => counterpartyOrders(ctx, id, args),
  settlements: ({ id }) => ({ counterpartyId: id }),
};
