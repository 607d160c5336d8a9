import type { QueryResolvers } from './../../../types.generated.js';
import { listCampaigns } from '../../../../src/modules/campaigns/campaigns.service.js';

export const campaigns: NonNullable<QueryResolvers['campaigns']> = (_parent, { where, ...page }, ctx) => listCampaigns(ctx, where, page);
