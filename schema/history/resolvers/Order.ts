import type { OrderResolvers } from './../../types.generated.js';
import { historyField } from '../../../src/modules/history/history.service.js';

export const Order: Pick<OrderResolvers, 'history'|'__isTypeOf'> = {
  history: historyField('Order'),
};
