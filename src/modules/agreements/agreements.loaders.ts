import type { Database } from '../../db/client';
import { rowByKeyLoader, rowsByParentLoader } from '../../lib/loader';
import type { Viewer } from '../auth/viewer';
import * as repository from './agreements.repository';

export function createAgreementLoaders(db: Database, _viewer: Viewer) {
  return {
    agreementById: rowByKeyLoader((ids) => repository.agreementsByIds(db, ids), (row) => row.id),
    /** `Counterparty.agreements`: a counterparty's individual agreements. */
    agreementsByCounterpartyId: rowsByParentLoader((ids) => repository.byCounterparties(db, ids), (row) => row.counterpartyId!),
    /** `Agreement.individualAgreements`: those made from a typical agreement. */
    agreementsByBaseId: rowsByParentLoader((ids) => repository.byBases(db, ids), (row) => row.baseAgreementId!),
    /** The group discount rows stored on each agreement (its own, not inherited ones). */
    groupDiscountsByAgreementId: rowsByParentLoader((ids) => repository.discountsByAgreementIds(db, ids), (row) => row.agreementId),
  };
}
