import type { Change } from '../../src/modules/events/change-feed.js';
import type { ClaimCauseRow, ClaimRow } from '../../src/db/schema/index.js';
import type { Connection } from '../../src/lib/connection.js';
import type {
  ClaimDynamics, ClaimSatisfaction, ClaimStructure, ClaimStructureEntry, ClaimSummary, PartnerActivity,
} from '../../src/modules/claims/claims.repository.js';

export type ClaimMapper = ClaimRow;
export type ClaimConnectionMapper = Connection<ClaimRow>;
export type ClaimCauseMapper = ClaimCauseRow;
export type ClaimSummaryMapper = ClaimSummary;
export type ClaimDynamicsRowMapper = ClaimDynamics;
export type ClaimSatisfactionRowMapper = ClaimSatisfaction;
export type ClaimStructureMapper = ClaimStructure;
export type ClaimStructureRowMapper = ClaimStructureEntry;
export type PartnerSalesActivityRowMapper = PartnerActivity;
/** A change as the feed delivers it; its record is read when it is delivered. */
export type ClaimChangeMapper = Change;
