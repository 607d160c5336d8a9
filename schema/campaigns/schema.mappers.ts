import type {
  CampaignExpenseRow, CampaignGroupRow, CampaignMaterialRow, CampaignParticipantRow, CampaignRevenueRow, CampaignRow,
} from '../../src/db/schema/index.js';
import type { Connection } from '../../src/lib/connection.js';
import type {
  CampaignEffectiveness, SalesAfterCampaign, SourceEffectiveness,
} from '../../src/modules/campaigns/campaigns.repository.js';

export type CampaignMapper = CampaignRow;
export type CampaignConnectionMapper = Connection<CampaignRow>;
export type CampaignParticipantMapper = CampaignParticipantRow;
export type CampaignParticipantConnectionMapper = Connection<CampaignParticipantRow>;
export type CampaignMaterialMapper = CampaignMaterialRow;
export type CampaignMaterialConnectionMapper = Connection<CampaignMaterialRow>;
export type CampaignExpenseMapper = CampaignExpenseRow;
export type CampaignExpenseConnectionMapper = Connection<CampaignExpenseRow>;
export type CampaignRevenueMapper = CampaignRevenueRow;
export type CampaignRevenueConnectionMapper = Connection<CampaignRevenueRow>;
export type CampaignGroupMapper = CampaignGroupRow;
export type CampaignEffectivenessRowMapper = CampaignEffectiveness;
export type SourceEffectivenessRowMapper = SourceEffectiveness;
export type SalesAfterCampaignMapper = SalesAfterCampaign;
