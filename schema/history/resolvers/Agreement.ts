import type { AgreementResolvers } from './../../types.generated.js';
import { historyField } from '../../../src/modules/history/history.service.js';

export const Agreement: Pick<AgreementResolvers, 'history'|'__isTypeOf'> = {
  history: historyField('Agreement'),
};
