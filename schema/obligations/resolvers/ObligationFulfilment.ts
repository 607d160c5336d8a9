import type { ObligationFulfilmentResolvers } from './../../types.generated.js';
import { fulfilmentSource } from '../../../src/modules/obligations/obligation-status.js';

export const ObligationFulfilment: ObligationFulfilmentResolvers = {
  source: (row) => fulfilmentSource(row),
  shipment: ({ shipmentId }, _args, ctx) => (shipmentId === null ? null : ctx.loaders.orders.shipmentById.load(shipmentId)),
  payment: ({ paymentId }, _args, ctx) => (paymentId === null ? null : ctx.loaders.orders.paymentById.load(paymentId)),
};
