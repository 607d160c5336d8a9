import type { WebhookConnectionResolvers } from './../../types.generated.js';

export const WebhookConnection: WebhookConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
