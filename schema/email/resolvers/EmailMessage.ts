import type { EmailMessageResolvers } from './../../types.generated.js';
import { messageAttachmentRows } from '../../../src/modules/email/email.service.js';

export const EmailMessage: EmailMessageResolvers = {
  from: (message) => message.fromAddress,
  to: (message) => message.toAddresses,
  cc: (message) => message.ccAddresses,
  body: (message) => message.bodyText,
  html: (message) => message.bodyHtml,
  error: (message) => message.lastError,
  attachments: (message, _args, ctx) => messageAttachmentRows(ctx, message),
};
