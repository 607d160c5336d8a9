import type { ChangeKind, WebhookDeliveryResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';
import { topicOf } from '../../../src/modules/webhooks/webhooks.service.js';

export const WebhookDelivery: WebhookDeliveryResolvers = {
  id: ({ id }) => toGlobalId('WebhookDelivery', id),
  // The body as sent: the event id first, then what the outbox fixed.
  body: ({ eventId, body }) => JSON.stringify({ id: eventId, ...body }),
  kind: ({ kind }) => kind as ChangeKind,
  topic: ({ topic }) => topicOf(topic),
  webhook: ({ webhookId }, _args, ctx) => ctx.loaders.webhooks.byId.load(webhookId),
};
