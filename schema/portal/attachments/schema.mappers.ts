import type { AttachmentRow } from '../../../src/db/schema/index.js';

export type AttachmentMapper = AttachmentRow;
