import type { PaymentStageResolvers } from './../../types.generated';

export const PaymentStage: PaymentStageResolvers = {};
