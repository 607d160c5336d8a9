import type { ObligationResolvers } from './../../types.generated.js';
import { historyField } from '../../../src/modules/history/history.service.js';

export const Obligation: Pick<ObligationResolvers, 'history'|'__isTypeOf'> = {
  history: historyField('Obligation'),
};
