import type { Database } from '../../db/client';
import { rowByKeyLoader, rowsByParentLoader } from '../../lib/loader';
import type { Viewer } from '../auth/viewer';
import * as repository from './contracts.repository';

export function createContractLoaders(db: Database, _viewer: Viewer) {
  return {
    contractById: rowByKeyLoader((ids) => repository.contractsByIds(db, ids), (row) => row.id),
    /** `Counterparty.contracts`. */
    contractsByCounterpartyId: rowsByParentLoader((ids) => repository.byCounterparties(db, ids), (row) => row.counterpartyId),
    /** `Agreement.contracts`. */
    contractsByAgreementId: rowsByParentLoader((ids) => repository.byAgreements(db, ids), (row) => row.agreementId!),
    /** `Contract.lines`. */
    contractLinesByContractId: rowsByParentLoader((ids) => repository.linesByContracts(db, ids), (row) => row.contractId),
    /** `Contract.obligations`: those generated when it was posted. */
    obligationsByContractId: rowsByParentLoader((ids) => repository.obligationsByContracts(db, ids), (row) => row.contractId!),
    contractTemplateById: rowByKeyLoader((ids) => repository.templatesByIds(db, ids), (row) => row.id),
  };
}
