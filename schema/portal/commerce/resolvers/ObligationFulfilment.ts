import type { ObligationFulfilmentResolvers } from './../../types.generated.js';
import { fulfilmentSource } from '../../../../src/modules/obligations/obligation-status.js';

export const ObligationFulfilment: ObligationFulfilmentResolvers = {
  source: (row) => fulfilmentSource(row),
};
