import type { ClaimSummaryResolvers } from './../../types.generated.js';

export const ClaimSummary: ClaimSummaryResolvers = {};
