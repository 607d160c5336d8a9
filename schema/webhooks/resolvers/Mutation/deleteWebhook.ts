import type { MutationResolvers } from './../../../types.generated.js';
import { deleteWebhook as run } from '../../../../src/modules/webhooks/webhooks.service.js';

export const deleteWebhook: NonNullable<MutationResolvers['deleteWebhook']> = (_parent, { input }, ctx) => run(ctx, input);
