import type { CampaignResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';
import {
  campaignExpenses, campaignMaterials, campaignParticipants, campaignRevenues, figures,
} from '../../../src/modules/campaigns/campaigns.service.js';

export const Campaign: Pick<CampaignResolvers, 'budget'|'createdAt'|'currency'|'description'|'endsOn'|'expenses'|'externalId'|'group'|'id'|'informationSource'|'kind'|'materials'|'name'|'participants'|'place'|'profit'|'responsibleEmployee'|'revenues'|'roi'|'startsOn'|'status'|'totalCost'|'totalRevenue'|'updatedAt'|'version'|'__isTypeOf'> = {
  id: ({ id }) => toGlobalId('Campaign', id),
  group: ({ groupId }, _args, ctx) => (groupId === null ? null : ctx.loaders.campaigns.groups.byId.load(groupId)),
  responsibleEmployee: ({ responsibleEmployeeId }, _args, ctx) =>
    (responsibleEmployeeId === null ? null : ctx.loaders.catalogues.employeeById.load(responsibleEmployeeId)),
  informationSource: async ({ informationSourceId }, _args, ctx) => (await ctx.loaders.catalogues.informationSourceById.load(informationSourceId))!,
  participants: ({ id }, args, ctx) => campaignParticipants(ctx, id, args),
  materials: ({ id }, args, ctx) => campaignMaterials(ctx, id, args),
  expenses: ({ id }, args, ctx) => campaignExpenses(ctx, id, args),
  revenues: ({ id }, args, ctx) => campaignRevenues(ctx, id, args),
  totalCost: async ({ id }, _args, ctx) => (await figures(ctx, id)).totalCost,
  totalRevenue: async ({ id }, _args, ctx) => (await figures(ctx, id)).totalRevenue,
  profit: async ({ id }, _args, ctx) => (await figures(ctx, id)).profit,
  roi: async ({ id }, _args, ctx) => (await figures(ctx, id)).roi,
};
