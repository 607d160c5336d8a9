import type { ObligationFulfilmentRow, ObligationRow } from '../../src/db/schema/index.js';
import type { Connection } from '../../src/lib/connection.js';

export type ObligationMapper = ObligationRow;
export type ObligationConnectionMapper = Connection<ObligationRow>;
export type ObligationFulfilmentMapper = ObligationFulfilmentRow;
