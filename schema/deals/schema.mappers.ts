import type { DealMoveRow, DealRow, LostReasonRow } from '../../src/db/schema/index.js';
import type { Connection } from '../../src/lib/connection.js';
import type { FunnelColumn, FunnelGroup, FunnelResult, FunnelStage } from '../../src/modules/deals/deals.repository.js';

export type DealMapper = DealRow;
export type DealConnectionMapper = Connection<DealRow>;
export type DealMoveMapper = DealMoveRow;
export type LostReasonMapper = LostReasonRow;
export type SalesFunnelMapper = FunnelGroup;
export type SalesFunnelColumnMapper = FunnelColumn;
export type SalesFunnelStageMapper = FunnelStage;
export type SalesFunnelResultMapper = FunnelResult;
