import { randomBytes } from 'node:crypto';
import type { Config } from '../../config.js';

/** What the attachments module needs of the configuration, in every request's context. */
export interface AttachmentSettings {
  /** MAX_UPLOAD_BYTES: the largest file, in bytes. */
  maxUploadBytes: number;
  /** UPLOAD_URL_SECRET: what upload URLs are signed with. */
  uploadUrlSecret: string;
  /** UPLOAD_URL_TTL_SECONDS: how long an upload URL works. */
  uploadUrlTtlSeconds: number;
}

export const attachmentSettings = (config: Pick<Config, keyof AttachmentSettings>): AttachmentSettings => ({
  maxUploadBytes: config.maxUploadBytes,
  uploadUrlSecret: config.uploadUrlSecret,
  uploadUrlTtlSeconds: config.uploadUrlTtlSeconds,
});

/** For contexts made outside a server (tools, tests): the configuration's defaults, with a secret of this process. */
export const DEFAULT_ATTACHMENT_SETTINGS: AttachmentSettings = {
  maxUploadBytes: 25 * 1_048_576,
  uploadUrlSecret: randomBytes(32).toString('base64url'),
  uploadUrlTtlSeconds: 900,
};
