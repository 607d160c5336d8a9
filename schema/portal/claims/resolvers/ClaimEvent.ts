import type { ClaimEventResolvers } from './../../types.generated.js';
import { isPartnerComment } from '../../../../src/modules/portal/self-service.js';

export const ClaimEvent: ClaimEventResolvers = {
  happenedAt: ({ occurredAt }) => occurredAt,
  text: ({ result }) => result,
  fromOrganisation: (entry) => isPartnerComment(entry),
};
