import type { Database } from '../../db/client.js';
import { folderTreeLoaders } from '../folders/folders.loaders.js';
import { listsByParentLoader, rowByKeyLoader, type NodeFetchers } from '../../lib/loader.js';
import * as repository from './counterparties.repository.js';

/** This module's per-request loaders, each made on first use (see `lazyLoaders`). */
export const counterpartyLoaders = {
  byId: (db: Database) => rowByKeyLoader((ids) => repository.byIds(db, ids), (row) => row.id),
  byExternalId: (db: Database) => rowByKeyLoader<Awaited<ReturnType<typeof repository.byExternalIds>>[number], string>(
    (ids) => repository.byExternalIds(db, ids), (row) => row.externalId!,
  ),
  groups: (db: Database) => folderTreeLoaders(db, repository.groups),
  objectById: (db: Database) => rowByKeyLoader((ids) => repository.objectsByIds(db, ids), (row) => row.id),
  objectsByCounterpartyId: (db: Database) => listsByParentLoader((ids) => repository.objectsByCounterparty(db, ids)),
  parameterDefinitionById: (db: Database) => rowByKeyLoader((ids) => repository.parameterDefinitionsByIds(db, ids), (row) => row.id),
  parameterValuesByCounterpartyId: (db: Database) => listsByParentLoader((ids) => repository.parameterValuesByCounterparty(db, ids)),
  competitorsByCounterpartyId: (db: Database) => listsByParentLoader((ids) => repository.competitorsByCounterparty(db, ids)),
};

/** The types of this module `node(id)` fetches, through its loaders. */
export const counterpartyNodes: NodeFetchers<typeof counterpartyLoaders> = {
  Counterparty: (loaders, key) => loaders.byId.load(key),
  CounterpartyGroup: (loaders, key) => loaders.groups.byId.load(key),
  CounterpartyObject: (loaders, key) => loaders.objectById.load(key),
  ParameterDefinition: (loaders, key) => loaders.parameterDefinitionById.load(key),
};
