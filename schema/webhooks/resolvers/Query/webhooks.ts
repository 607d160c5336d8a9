import type { QueryResolvers } from './../../../types.generated.js';
import { listWebhooks } from '../../../../src/modules/webhooks/webhooks.service.js';

export const webhooks: NonNullable<QueryResolvers['webhooks']> = (_parent, page, ctx) => listWebhooks(ctx, page);
