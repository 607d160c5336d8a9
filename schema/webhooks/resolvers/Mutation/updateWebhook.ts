import type { MutationResolvers } from './../../../types.generated.js';
import { updateWebhook as run } from '../../../../src/modules/webhooks/webhooks.service.js';

export const updateWebhook: NonNullable<MutationResolvers['updateWebhook']> = (_parent, { input }, ctx) => run(ctx, input);
