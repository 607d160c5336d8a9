import type { SalesFunnelColumnResolvers } from './../../types.generated.js';

export const SalesFunnelColumn: SalesFunnelColumnResolvers = {};
