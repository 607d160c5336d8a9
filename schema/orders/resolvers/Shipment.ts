import type { ShipmentResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';

export const Shipment: Pick<ShipmentResolvers, 'amount'|'createdAt'|'date'|'id'|'lines'|'order'|'__isTypeOf'> = {
  id: ({ id }) => toGlobalId('Shipment', id),
  order: async ({ orderId }, _args, ctx) => (await ctx.loaders.orders.byId.load(orderId))!,
  lines: ({ id }, _args, ctx) => ctx.loaders.orders.shipmentLinesByShipmentId.load(id),
};
