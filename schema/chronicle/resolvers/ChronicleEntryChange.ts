import type { ChronicleEntryChangeResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';
import { kindOf } from '../../../src/modules/events/subscriptions.js';

export const ChronicleEntryChange: ChronicleEntryChangeResolvers = {
  kind: kindOf,
  entryId: (change) => toGlobalId('ChronicleEntry', change.id),
  entry: (change, _arg, ctx) => ctx.loaders.chronicle.byId.load(change.id),
};
