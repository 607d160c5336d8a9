import type { ClaimResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../../src/lib/global-id.js';

export const Claim: ClaimResolvers = {
  id: ({ id }) => toGlobalId('Claim', id),
  order: ({ orderId }, _args, { reads }) => (orderId === null ? null : reads.load.order.load(orderId)),
  contract: ({ contractId }, _args, { reads }) => (contractId === null ? null : reads.load.contract.load(contractId)),
  events: ({ id }, _args, { reads }) => reads.load.claimEvents.load(id),
};
