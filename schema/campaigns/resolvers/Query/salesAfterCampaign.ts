import type { QueryResolvers } from './../../../types.generated.js';
import { salesAfterCampaign as sales } from '../../../../src/modules/campaigns/campaigns.service.js';

export const salesAfterCampaign: NonNullable<QueryResolvers['salesAfterCampaign']> = (_parent, args, ctx) => sales(ctx, args);
