import type { AppealResolvers } from './../../types.generated.js';
import { ownerAttachments } from '../../../src/modules/attachments/attachments.service.js';

export const Appeal: Pick<AppealResolvers, 'attachments'|'__isTypeOf'> = {
  attachments: ({ id }, _args, ctx) => ownerAttachments(ctx, 'Appeal', id),
};
