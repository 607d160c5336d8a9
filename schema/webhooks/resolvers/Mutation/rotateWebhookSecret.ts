import type { MutationResolvers } from './../../../types.generated.js';
import { rotateSecret as run } from '../../../../src/modules/webhooks/webhooks.service.js';

export const rotateWebhookSecret: NonNullable<MutationResolvers['rotateWebhookSecret']> = (_parent, { input }, ctx) => run(ctx, input);
