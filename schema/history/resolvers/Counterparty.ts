import type { CounterpartyResolvers } from './../../types.generated.js';
import { historyField } from '../../../src/modules/history/history.service.js';

export const Counterparty: Pick<CounterpartyResolvers, 'history'|'__isTypeOf'> = {
  history: historyField('Counterparty'),
};
