import type { TimeEntryResolvers } from './../../types.generated.js';

export const TimeEntry: Pick<TimeEntryResolvers, 'appeal'|'__isTypeOf'> = {
  appeal: async ({ appealActionId }, _args, ctx) => {
    if (appealActionId === null) return null;
    const action = await ctx.loaders.appeals.actionById.load(appealActionId);
    return action && ctx.loaders.appeals.byId.load(action.appealId);
  },
};
