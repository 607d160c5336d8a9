import type { MutationResolvers } from './../../../types.generated.js';
import { updateParticipant } from '../../../../src/modules/campaigns/campaigns.service.js';

export const updateCampaignParticipant: NonNullable<MutationResolvers['updateCampaignParticipant']> = (_parent, { input }, ctx) => updateParticipant(ctx, input);
