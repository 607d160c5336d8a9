import type { Database } from '../../db/client.js';
import { listsByParentLoader, rowByKeyLoader, type NodeFetchers } from '../../lib/loader.js';
import * as repository from './tasks.repository.js';

/** This module's per-request loaders, each made on first use (see `lazyLoaders`). */
export const taskLoaders = {
  byId: (db: Database) => rowByKeyLoader((ids) => repository.tasksByIds(db, ids), (row) => row.id),
  /** `Counterparty.tasks`. */
  byCounterpartyId: (db: Database) => listsByParentLoader((ids) => repository.tasksByCounterparties(db, ids)),
  /** `Claim.tasks`: its investigation plan. */
  byClaimId: (db: Database) => listsByParentLoader((ids) => repository.tasksByClaims(db, ids)),
  /** `Employee.tasks`: the open tasks assigned to each employee. */
  openByAssigneeId: (db: Database) => listsByParentLoader((ids) => repository.openTasksByAssignees(db, ids)),
  /** `Task.assignees`: the employees, read with the join in one statement. */
  assigneesByTaskId: (db: Database) => listsByParentLoader((ids) => repository.assigneesByTasks(db, ids)),
};

/** The types of this module `node(id)` fetches, through its loaders. */
export const taskNodes: NodeFetchers<typeof taskLoaders> = {
  Task: (loaders, key) => loaders.byId.load(key),
};
