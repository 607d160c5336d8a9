import type { MutationResolvers } from './../../../types.generated.js';
import { removeTabRecord } from '../../../../src/modules/campaigns/campaigns.service.js';

export const removeCampaignParticipant: NonNullable<MutationResolvers['removeCampaignParticipant']> = (_parent, { input }, ctx) => removeTabRecord(ctx, 'CampaignParticipant', input);
