import type { Database } from '../../db/client';
import { rowByKeyLoader } from '../../lib/loader';
import * as repository from './catalogues.repository';

/** This module's per-request loaders, each made on first use (see `lazyLoaders`). */
export const catalogueLoaders = {
  employeeById: (db: Database) => rowByKeyLoader((ids) => repository.employeesByIds(db, ids), (row) => row.id),
  departmentById: (db: Database) => rowByKeyLoader((ids) => repository.departmentsByIds(db, ids), (row) => row.id),
  informationSourceById: (db: Database) => rowByKeyLoader((ids) => repository.informationSourcesByIds(db, ids), (row) => row.id),
};
