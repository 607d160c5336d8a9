import type { Database } from '../../db/client.js';
import { rowByKeyLoader, type NodeFetchers } from '../../lib/loader.js';
import * as repository from './catalogues.repository.js';

/** This module's per-request loaders, each made on first use (see `lazyLoaders`). */
export const catalogueLoaders = {
  employeeById: (db: Database) => rowByKeyLoader((ids) => repository.employeesByIds(db, ids), (row) => row.id),
  departmentById: (db: Database) => rowByKeyLoader((ids) => repository.departmentsByIds(db, ids), (row) => row.id),
  informationSourceById: (db: Database) => rowByKeyLoader((ids) => repository.informationSourcesByIds(db, ids), (row) => row.id),
};

/** The types of this module `node(id)` fetches, through its loaders. */
export const catalogueNodes: NodeFetchers<typeof catalogueLoaders> = {
  Employee: (loaders, key) => loaders.employeeById.load(key),
  Department: (loaders, key) => loaders.departmentById.load(key),
  InformationSource: (loaders, key) => loaders.informationSourceById.load(key),
};
