import type { MutationResolvers } from './../../../types.generated.js';
import { createAttachmentUploadUrl as run } from '../../../../src/modules/attachments/attachments.service.js';

export const createAttachmentUploadUrl: NonNullable<MutationResolvers['createAttachmentUploadUrl']> = (_parent, { input }, ctx) => run(ctx, input);
