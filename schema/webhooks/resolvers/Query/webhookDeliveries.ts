import type { QueryResolvers } from './../../../types.generated.js';
import { listDeliveries } from '../../../../src/modules/webhooks/webhooks.service.js';

export const webhookDeliveries: NonNullable<QueryResolvers['webhookDeliveries']> = (_parent, { webhookId, status, ...page }, ctx) =>
  listDeliveries(ctx, { webhookId, status }, page);
