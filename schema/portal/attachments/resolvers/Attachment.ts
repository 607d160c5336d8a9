import type { AttachmentResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../../src/lib/global-id.js';
import { downloadPath } from '../../../../src/modules/attachments/attachments.service.js';

// The partner's reads answer stored attachments only, which have their content type and hash.
export const Attachment: AttachmentResolvers = {
  id: ({ id }) => toGlobalId('Attachment', id),
  contentType: ({ contentType }) => contentType!,
  sha256: ({ sha256 }) => sha256!,
  downloadUrl: (attachment) => downloadPath(attachment),
};
