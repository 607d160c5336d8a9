import type { DealResolvers } from './../../types.generated.js';
import { historyField } from '../../../src/modules/history/history.service.js';

export const Deal: Pick<DealResolvers, 'history'|'__isTypeOf'> = {
  history: historyField('Deal'),
};
