import type { MutationResolvers } from './../../../types.generated.js';
import { removeTabRecord } from '../../../../src/modules/campaigns/campaigns.service.js';

export const removeCampaignExpense: NonNullable<MutationResolvers['removeCampaignExpense']> = (_parent, { input }, ctx) => removeTabRecord(ctx, 'CampaignExpense', input);
