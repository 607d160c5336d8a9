import type { EmailMessageRow } from '../../src/db/schema/index.js';

export type EmailMessageMapper = EmailMessageRow;
