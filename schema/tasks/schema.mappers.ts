import type { TaskRow } from '../../src/db/schema/index.js';
import type { Connection } from '../../src/lib/connection.js';

export type TaskMapper = TaskRow;
export type TaskConnectionMapper = Connection<TaskRow>;
