import type { AppealChangeResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';
import { kindOf } from '../../../src/modules/events/subscriptions.js';

export const AppealChange: AppealChangeResolvers = {
  kind: kindOf,
  appealId: (change) => toGlobalId('Appeal', change.id),
  appeal: (change, _arg, ctx) => ctx.loaders.appeals.byId.load(change.id),
};
