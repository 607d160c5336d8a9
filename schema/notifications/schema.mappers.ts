import type { NotificationRow } from '../../src/db/schema/index.js';
import type { Connection } from '../../src/lib/connection.js';

export type NotificationMapper = NotificationRow;
export type NotificationConnectionMapper = Connection<NotificationRow>;
