import type { MutationResolvers } from './../../../types.generated.js';
import { addExpense } from '../../../../src/modules/campaigns/campaigns.service.js';

export const addCampaignExpense: NonNullable<MutationResolvers['addCampaignExpense']> = (_parent, { input }, ctx) => addExpense(ctx, input);
