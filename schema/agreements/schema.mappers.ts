import type { AgreementRow, PaymentStage } from '../../src/db/schema';
import type { Connection } from '../../src/lib/connection';
import type { GroupDiscountTerm, Terms } from '../../src/modules/agreements/terms';

export type AgreementMapper = AgreementRow;
export type AgreementConnectionMapper = Connection<AgreementRow>;
export type AgreementTermsMapper = Terms;
export type GroupDiscountMapper = GroupDiscountTerm;
export type PaymentStageMapper = PaymentStage;
