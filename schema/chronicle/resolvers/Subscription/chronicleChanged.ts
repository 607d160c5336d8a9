import type { SubscriptionResolvers } from './../../../types.generated.js';
import { counterpartyChanges, delivered } from '../../../../src/modules/events/subscriptions.js';
import { TOPIC } from '../../../../src/modules/events/topics.js';

export const chronicleChanged: NonNullable<SubscriptionResolvers['chronicleChanged']> = {
  subscribe: (_parent, { counterpartyId }, ctx) => counterpartyChanges(ctx, TOPIC.chronicle, counterpartyId),
  resolve: delivered,
};
