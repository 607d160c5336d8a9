import type { ContractResolvers } from './../../types.generated.js';
import { historyField } from '../../../src/modules/history/history.service.js';

export const Contract: Pick<ContractResolvers, 'history'|'__isTypeOf'> = {
  history: historyField('Contract'),
};
