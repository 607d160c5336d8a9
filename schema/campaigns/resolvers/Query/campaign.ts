import type { QueryResolvers } from './../../../types.generated.js';
import { getCampaign } from '../../../../src/modules/campaigns/campaigns.service.js';

export const campaign: NonNullable<QueryResolvers['campaign']> = (_parent, { id }, ctx) => getCampaign(ctx, id);
