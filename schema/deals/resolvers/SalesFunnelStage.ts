import type { SalesFunnelStageResolvers } from './../../types.generated.js';

export const SalesFunnelStage: SalesFunnelStageResolvers = {};
