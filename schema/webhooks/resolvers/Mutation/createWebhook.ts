import type { MutationResolvers } from './../../../types.generated.js';
import { createWebhook as run } from '../../../../src/modules/webhooks/webhooks.service.js';

export const createWebhook: NonNullable<MutationResolvers['createWebhook']> = (_parent, { input }, ctx) => run(ctx, input);
