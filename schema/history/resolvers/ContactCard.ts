import type { ContactCardResolvers } from './../../types.generated.js';
import { historyField } from '../../../src/modules/history/history.service.js';

export const ContactCard: Pick<ContactCardResolvers, 'history'|'__isTypeOf'> = {
  history: historyField('ContactCard'),
};
