import type { OrderResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../../src/lib/global-id.js';
import { paymentState, shipmentProgress } from '../../../../src/modules/orders/orders.service.js';

export const Order: OrderResolvers = {
  id: ({ id }) => toGlobalId('Order', id),
  lines: ({ id }, _args, { reads }) => reads.load.orderLines.load(id),
  shipments: ({ id }, _args, { reads }) => reads.load.shipments.load(id),
  payments: ({ id }, _args, { reads }) => reads.load.payments.load(id),
  shipmentState: async ({ id }, _args, { reads }) => shipmentProgress(await reads.load.orderLines.load(id)),
  paymentState: (row) => paymentState(row),
};
