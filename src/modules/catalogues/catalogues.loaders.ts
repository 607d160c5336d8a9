import type { Database } from '../../db/client';
import { rowByKeyLoader } from '../../lib/loader';
import type { Viewer } from '../auth/viewer';
import * as repository from './catalogues.repository';

export function createCatalogueLoaders(db: Database, _viewer: Viewer) {
  return {
    employeeById: rowByKeyLoader((ids) => repository.employeesByIds(db, ids), (row) => row.id),
    departmentById: rowByKeyLoader((ids) => repository.departmentsByIds(db, ids), (row) => row.id),
    informationSourceById: rowByKeyLoader((ids) => repository.informationSourcesByIds(db, ids), (row) => row.id),
  };
}
