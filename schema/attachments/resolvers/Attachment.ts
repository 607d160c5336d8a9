import type { AttachmentResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';
import { fetchNodeOf } from '../../../src/nodes.js';
import { downloadPath, getAttachmentOwner } from '../../../src/modules/attachments/attachments.service.js';

// A stored attachment (the only kind the API answers) has its content type and hash.
export const Attachment: AttachmentResolvers = {
  id: ({ id }) => toGlobalId('Attachment', id),
  contentType: ({ contentType }) => contentType!,
  sha256: ({ sha256 }) => sha256!,
  downloadUrl: (attachment) => downloadPath(attachment),
  owner: (attachment, _args, ctx) => {
    const owner = getAttachmentOwner(attachment);
    return fetchNodeOf(ctx, owner.type, owner.key);
  },
};
