import type { MutationResolvers } from './../../../types.generated.js';
import { updateExpense } from '../../../../src/modules/campaigns/campaigns.service.js';

export const updateCampaignExpense: NonNullable<MutationResolvers['updateCampaignExpense']> = (_parent, { input }, ctx) => updateExpense(ctx, input);
