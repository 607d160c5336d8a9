import type { Database } from '../../db/client.js';
import { listsByParentLoader, rowByKeyLoader, type NodeFetchers } from '../../lib/loader.js';
import * as repository from './contracts.repository.js';
import * as obligationsRepository from '../obligations/obligations.repository.js';

/** This module's per-request loaders, each made on first use (see `lazyLoaders`). */
export const contractLoaders = {
  byId: (db: Database) => rowByKeyLoader((ids) => repository.contractsByIds(db, ids), (row) => row.id),
  /** `Counterparty.contracts`. */
  byCounterpartyId: (db: Database) => listsByParentLoader((ids) => repository.byCounterparties(db, ids)),
  /** `Agreement.contracts`. */
  byAgreementId: (db: Database) => listsByParentLoader((ids) => repository.byAgreements(db, ids)),
  /** `Contract.lines`. */
  linesByContractId: (db: Database) => listsByParentLoader((ids) => repository.linesByContracts(db, ids)),
  /** `Contract.obligations`: those generated when it was posted. */
  obligationsByContractId: (db: Database) => listsByParentLoader((ids) => obligationsRepository.obligationsByContracts(db, ids)),
  templateById: (db: Database) => rowByKeyLoader((ids) => repository.templatesByIds(db, ids), (row) => row.id),
};

/** The types of this module `node(id)` fetches, through its loaders. */
export const contractNodes: NodeFetchers<typeof contractLoaders> = {
  Contract: (loaders, key) => loaders.byId.load(key),
  ContractTemplate: (loaders, key) => loaders.templateById.load(key),
};
