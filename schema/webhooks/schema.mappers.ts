import type { WebhookDeliveryRow, WebhookRow } from '../../src/db/schema/index.js';
import type { Connection } from '../../src/lib/connection.js';

export type WebhookMapper = WebhookRow;
export type WebhookDeliveryMapper = WebhookDeliveryRow;
export type WebhookConnectionMapper = Connection<WebhookRow>;
export type WebhookDeliveryConnectionMapper = Connection<WebhookDeliveryRow>;
