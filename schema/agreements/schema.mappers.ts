import type { AgreementRow, PaymentStage } from '../../src/db/schema/index.js';
import type { Connection } from '../../src/lib/connection.js';
import type { GroupDiscountTerm, Terms } from '../../src/modules/agreements/terms.js';

export type AgreementMapper = AgreementRow;
export type AgreementConnectionMapper = Connection<AgreementRow>;
export type AgreementTermsMapper = Terms;
export type GroupDiscountMapper = GroupDiscountTerm;
export type PaymentStageMapper = PaymentStage;
