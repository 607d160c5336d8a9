import type { PaymentResolvers } from './../../types.generated.js';
import { historyField } from '../../../src/modules/history/history.service.js';

export const Payment: Pick<PaymentResolvers, 'history'|'__isTypeOf'> = {
  history: historyField('Payment'),
};
