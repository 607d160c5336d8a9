import type { OrderResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';
import { outstanding, paymentState, shipmentState } from '../../../src/modules/orders/orders.service.js';

export const Order: Pick<OrderResolvers, 'agreement'|'contract'|'counterparty'|'createdAt'|'currency'|'date'|'expectedPaymentDate'|'expectedShipmentDate'|'externalId'|'id'|'lines'|'number'|'outstandingPayment'|'outstandingShipment'|'paidAmount'|'paymentState'|'payments'|'prepaymentRequired'|'shipmentState'|'shipments'|'shippedAmount'|'status'|'total'|'updatedAt'|'version'|'__isTypeOf'> = {
  id: ({ id }) => toGlobalId('Order', id),
  counterparty: async ({ counterpartyId }, _args, ctx) => (await ctx.loaders.counterparties.byId.load(counterpartyId))!,
  agreement: ({ agreementId }, _args, ctx) => (agreementId === null ? null : ctx.loaders.agreements.byId.load(agreementId)),
  contract: ({ contractId }, _args, ctx) => (contractId === null ? null : ctx.loaders.contracts.byId.load(contractId)),
  shipmentState: (row, _args, ctx) => shipmentState(ctx, row),
  paymentState: (row) => paymentState(row),
  outstandingShipment: (row) => outstanding(row, row.shippedAmount),
  outstandingPayment: (row) => outstanding(row, row.paidAmount),
  lines: ({ id }, _args, ctx) => ctx.loaders.orders.linesByOrderId.load(id),
  shipments: ({ id }, _args, ctx) => ctx.loaders.orders.shipmentsByOrderId.load(id),
  payments: ({ id }, _args, ctx) => ctx.loaders.orders.paymentsByOrderId.load(id),
};
