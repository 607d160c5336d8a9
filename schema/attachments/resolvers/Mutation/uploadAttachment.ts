import type { MutationResolvers } from './../../../types.generated.js';
import { uploadAttachment as run } from '../../../../src/modules/attachments/attachments.service.js';

export const uploadAttachment: NonNullable<MutationResolvers['uploadAttachment']> = (_parent, { input }, ctx) => run(ctx, input);
