import type { MutationResolvers } from './../../../types.generated.js';
import { addParticipant } from '../../../../src/modules/campaigns/campaigns.service.js';

export const addCampaignParticipant: NonNullable<MutationResolvers['addCampaignParticipant']> = (_parent, { input }, ctx) => addParticipant(ctx, input);
