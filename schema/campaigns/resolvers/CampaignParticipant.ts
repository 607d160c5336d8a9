import type { CampaignParticipantResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';
import { campaignOf } from '../../../src/modules/campaigns/campaigns.service.js';

export const CampaignParticipant: CampaignParticipantResolvers = {
  id: ({ id }) => toGlobalId('CampaignParticipant', id),
  campaign: ({ campaignId }, _args, ctx) => campaignOf(ctx, campaignId),
  counterparty: ({ counterpartyId }, _args, ctx) => (counterpartyId === null ? null : ctx.loaders.counterparties.byId.load(counterpartyId)),
  person: ({ personId }, _args, ctx) => (personId === null ? null : ctx.loaders.persons.byId.load(personId)),
  contactCard: ({ contactCardId }, _args, ctx) => (contactCardId === null ? null : ctx.loaders.contactCards.byId.load(contactCardId)),
};
