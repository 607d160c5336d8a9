import type { AppealActionRow, AppealRow } from '../../../src/db/schema/index.js';
import type { Connection } from '../../../src/lib/connection.js';

export type AppealMapper = AppealRow;
export type AppealActionMapper = AppealActionRow;
export type AppealConnectionMapper = Connection<AppealRow>;
