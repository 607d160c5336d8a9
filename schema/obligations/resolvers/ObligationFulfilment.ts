import type { ObligationFulfilmentResolvers } from './../../types.generated.js';

export const ObligationFulfilment: ObligationFulfilmentResolvers = {
  source: ({ shipmentId, paymentId }) => (shipmentId !== null ? 'SHIPMENT' : paymentId !== null ? 'PAYMENT' : 'MANUAL'),
  shipment: ({ shipmentId }, _args, ctx) => (shipmentId === null ? null : ctx.loaders.orders.shipmentById.load(shipmentId)),
  payment: ({ paymentId }, _args, ctx) => (paymentId === null ? null : ctx.loaders.orders.paymentById.load(paymentId)),
};
