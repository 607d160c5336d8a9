import type { ClaimResolvers } from './../../types.generated.js';
import { historyField } from '../../../src/modules/history/history.service.js';

export const Claim: Pick<ClaimResolvers, 'history'|'__isTypeOf'> = {
  history: historyField('Claim'),
};
