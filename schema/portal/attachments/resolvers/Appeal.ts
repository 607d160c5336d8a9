import type { AppealResolvers } from './../../types.generated.js';

export const Appeal: Pick<AppealResolvers, 'attachments'|'__isTypeOf'> = {
  attachments: ({ id }, _args, { reads }) => reads.load.appealAttachments.load(id),
};
