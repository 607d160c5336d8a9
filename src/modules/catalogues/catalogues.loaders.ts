import type { Database } from '../../db/client.js';
import { rowByKeyLoader } from '../../lib/loader.js';
import * as repository from './catalogues.repository.js';

/** This module's per-request loaders, each made on first use (see `lazyLoaders`). */
export const catalogueLoaders = {
  employeeById: (db: Database) => rowByKeyLoader((ids) => repository.employeesByIds(db, ids), (row) => row.id),
  departmentById: (db: Database) => rowByKeyLoader((ids) => repository.departmentsByIds(db, ids), (row) => row.id),
  informationSourceById: (db: Database) => rowByKeyLoader((ids) => repository.informationSourcesByIds(db, ids), (row) => row.id),
};
