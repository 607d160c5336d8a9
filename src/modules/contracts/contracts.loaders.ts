import type { Database } from '../../db/client';
import { rowByKeyLoader, rowsByParentLoader } from '../../lib/loader';
import * as repository from './contracts.repository';

/** This module's per-request loaders, each made on first use (see `lazyLoaders`). */
export const contractLoaders = {
  contractById: (db: Database) => rowByKeyLoader((ids) => repository.contractsByIds(db, ids), (row) => row.id),
  /** `Counterparty.contracts`. */
  contractsByCounterpartyId: (db: Database) => rowsByParentLoader((ids) => repository.byCounterparties(db, ids), (row) => row.counterpartyId),
  /** `Agreement.contracts`. */
  contractsByAgreementId: (db: Database) => rowsByParentLoader((ids) => repository.byAgreements(db, ids), (row) => row.agreementId!),
  /** `Contract.lines`. */
  contractLinesByContractId: (db: Database) => rowsByParentLoader((ids) => repository.linesByContracts(db, ids), (row) => row.contractId),
  /** `Contract.obligations`: those generated when it was posted. */
  obligationsByContractId: (db: Database) => rowsByParentLoader((ids) => repository.obligationsByContracts(db, ids), (row) => row.contractId!),
  contractTemplateById: (db: Database) => rowByKeyLoader((ids) => repository.templatesByIds(db, ids), (row) => row.id),
};
