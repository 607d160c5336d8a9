import type { PaymentResolvers } from './../../types.generated.js';

export const Payment: PaymentResolvers = {};
