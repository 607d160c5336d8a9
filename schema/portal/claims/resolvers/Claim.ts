import type { ClaimResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../../src/lib/global-id.js';

export const Claim: Pick<ClaimResolvers, 'amountClaimed'|'amountGranted'|'closedAt'|'contract'|'currency'|'demand'|'essence'|'events'|'id'|'number'|'order'|'registeredAt'|'result'|'status'|'__isTypeOf'> = {
  id: ({ id }) => toGlobalId('Claim', id),
  order: ({ orderId }, _args, { reads }) => (orderId === null ? null : reads.load.order.load(orderId)),
  contract: ({ contractId }, _args, { reads }) => (contractId === null ? null : reads.load.contract.load(contractId)),
  events: ({ id }, _args, { reads }) => reads.load.claimEvents.load(id),
};
