import type { QueryResolvers } from './../../../types.generated.js';
import { campaignGroups as groups } from '../../../../src/modules/campaigns/campaigns.service.js';

export const campaignGroups: NonNullable<QueryResolvers['campaignGroups']> = (_parent, _args, ctx) => groups.roots(ctx);
