import type { Database } from '../../db/client';
import { rowByKeyLoader, rowsByParentLoader } from '../../lib/loader';
import * as repository from './agreements.repository';

/** This module's per-request loaders, each made on first use (see `lazyLoaders`). */
export const agreementLoaders = {
  agreementById: (db: Database) => rowByKeyLoader((ids) => repository.agreementsByIds(db, ids), (row) => row.id),
  /** `Counterparty.agreements`: a counterparty's individual agreements. */
  agreementsByCounterpartyId: (db: Database) => rowsByParentLoader((ids) => repository.byCounterparties(db, ids), (row) => row.counterpartyId!),
  /** `Agreement.individualAgreements`: those made from a typical agreement. */
  agreementsByBaseId: (db: Database) => rowsByParentLoader((ids) => repository.byBases(db, ids), (row) => row.baseAgreementId!),
  /** The group discount rows stored on each agreement (its own, not inherited ones). */
  groupDiscountsByAgreementId: (db: Database) => rowsByParentLoader((ids) => repository.discountsByAgreementIds(db, ids), (row) => row.agreementId),
};
