import type { Database } from '../../db/client.js';
import { FALLBACK_TIME_ZONE } from '../../lib/dates.js';
import { DEFAULT_ATTACHMENT_SETTINGS, type AttachmentSettings } from '../attachments/settings.js';
import type { PartnerViewer } from '../auth/viewer.js';
import { partnerReads, type PartnerReads } from './partner-reads.js';

/**
 * What every portal resolver receives: the partner, and the reads bound to it. There is no
 * unscoped loader here (unlike the staff `Context`): the only way a portal resolver reads is
 * through `reads`, which puts the partner's counterparty id into every statement.
 */
export interface PortalContext {
  partner: PartnerViewer;
  reads: PartnerReads;
  /** The request's database, for the portal's writes (registering and commenting). */
  db: Database;
  requestId: string | null;
  /** The limit on files the partner uploads (MAX_UPLOAD_BYTES). */
  attachments: AttachmentSettings;
  /** The zone "today" is in for the partner (DEFAULT_TIME_ZONE: a partner key acts for no employee). */
  timeZone: string;
}

export const createPortalContext = (
  db: Database, partner: PartnerViewer, requestId: string | null = null, attachments = DEFAULT_ATTACHMENT_SETTINGS,
  timeZone = FALLBACK_TIME_ZONE,
): PortalContext => ({ partner, reads: partnerReads(db, partner.counterpartyId, timeZone), db, requestId, attachments, timeZone });
