import type { PaymentStageResolvers } from './../../types.generated.js';

export const PaymentStage: PaymentStageResolvers = {};
