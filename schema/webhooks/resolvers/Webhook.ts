import type { ChangeKind, WebhookResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';
import { topicOf } from '../../../src/modules/webhooks/webhooks.service.js';

export const Webhook: WebhookResolvers = {
  id: ({ id }) => toGlobalId('Webhook', id),
  kinds: ({ kinds }) => kinds as ChangeKind[] | null,
  topics: ({ topics }) => topics.map(topicOf),
};
