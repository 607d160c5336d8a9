import type { CampaignGroupResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';
import { campaignGroups } from '../../../src/modules/campaigns/campaigns.service.js';

export const CampaignGroup: CampaignGroupResolvers = {
  id: ({ id }) => toGlobalId('CampaignGroup', id),
  parent: ({ parentId }, _args, ctx) => (parentId === null ? null : ctx.loaders.campaigns.groups.byId.load(parentId)),
  children: ({ id }, _args, ctx) => ctx.loaders.campaigns.groups.children.load(id),
  path: (group, _args, ctx) => campaignGroups.path(ctx, group),
};
