import type { ShipmentResolvers } from './../../types.generated.js';
import { historyField } from '../../../src/modules/history/history.service.js';

export const Shipment: Pick<ShipmentResolvers, 'history'|'__isTypeOf'> = {
  history: historyField('Shipment'),
};
