import type { PersonResolvers } from './../../types.generated.js';
import { historyField } from '../../../src/modules/history/history.service.js';

export const Person: Pick<PersonResolvers, 'history'|'__isTypeOf'> = {
  history: historyField('Person'),
};
