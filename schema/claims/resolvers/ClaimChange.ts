import type { ClaimChangeResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';
import { kindOf } from '../../../src/modules/events/subscriptions.js';

export const ClaimChange: ClaimChangeResolvers = {
  kind: kindOf,
  claimId: (change) => toGlobalId('Claim', change.id),
  claim: (change, _arg, ctx) => ctx.loaders.claims.byId.load(change.id),
};
