import type { Database } from '../../db/client';
import { folderTreeLoaders } from '../../lib/folder-tree';
import { rowByKeyLoader, rowsByParentLoader } from '../../lib/loader';
import type { Viewer } from '../auth/viewer';
import * as repository from './counterparties.repository';

export function createCounterpartyLoaders(db: Database, _viewer: Viewer) {
  return {
    counterpartyById: rowByKeyLoader((ids) => repository.byIds(db, ids), (row) => row.id),
    counterpartyByExternalId: rowByKeyLoader<Awaited<ReturnType<typeof repository.byExternalIds>>[number], string>(
      (ids) => repository.byExternalIds(db, ids), (row) => row.externalId!,
    ),
    counterpartyGroups: folderTreeLoaders(db, repository.groups),
    counterpartyObjectById: rowByKeyLoader((ids) => repository.objectsByIds(db, ids), (row) => row.id),
    objectsByCounterpartyId: rowsByParentLoader((ids) => repository.objectsByCounterparty(db, ids), (row) => row.counterpartyId),
    parameterDefinitionById: rowByKeyLoader((ids) => repository.parameterDefinitionsByIds(db, ids), (row) => row.id),
    parameterValuesByCounterpartyId: rowsByParentLoader((ids) => repository.parameterValuesByCounterparty(db, ids), (row) => row.counterpartyId),
    competitorsByCounterpartyId: rowsByParentLoader((ids) => repository.competitorsByCounterparty(db, ids), (row) => row.counterpartyId),
  };
}
