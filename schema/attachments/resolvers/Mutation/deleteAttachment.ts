import type { MutationResolvers } from './../../../types.generated.js';
import { deleteAttachment as run } from '../../../../src/modules/attachments/attachments.service.js';

export const deleteAttachment: NonNullable<MutationResolvers['deleteAttachment']> = (_parent, { input }, ctx) => run(ctx, input);
