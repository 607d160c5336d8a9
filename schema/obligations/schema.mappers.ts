import type { ObligationRow } from '../../src/db/schema';
import type { Connection } from '../../src/lib/connection';

export type ObligationMapper = ObligationRow;
export type ObligationConnectionMapper = Connection<ObligationRow>;
