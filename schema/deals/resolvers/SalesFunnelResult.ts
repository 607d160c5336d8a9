import type { SalesFunnelResultResolvers } from './../../types.generated.js';

export const SalesFunnelResult: SalesFunnelResultResolvers = {};
