import type { ClaimResolvers } from './../../types.generated.js';

export const Claim: Pick<ClaimResolvers, 'attachments'|'__isTypeOf'> = {
  attachments: ({ id }, _args, { reads }) => reads.load.claimAttachments.load(id),
};
