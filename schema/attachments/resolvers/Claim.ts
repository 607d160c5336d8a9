import type { ClaimResolvers } from './../../types.generated.js';
import { ownerAttachments } from '../../../src/modules/attachments/attachments.service.js';

export const Claim: Pick<ClaimResolvers, 'attachments'|'__isTypeOf'> = {
  attachments: ({ id }, _args, ctx) => ownerAttachments(ctx, 'Claim', id),
};
