import type { ServiceCardResolvers } from './../../types.generated.js';
import { historyField } from '../../../src/modules/history/history.service.js';

export const ServiceCard: Pick<ServiceCardResolvers, 'history'|'__isTypeOf'> = {
  history: historyField('ServiceCard'),
};
