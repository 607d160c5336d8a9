import { today } from '../../../src/lib/dates.js';
import type { PersonPositionResolvers } from './../../types.generated.js';
import { isCurrent } from '../../../src/modules/persons/person-rules.js';

export const PersonPosition: PersonPositionResolvers = {
  counterparty: async ({ counterpartyId }, _args, ctx) => {
    const counterparty = await ctx.loaders.counterparties.byId.load(counterpartyId);
    // A position's counterparty is a foreign key, so it is always there.
    if (!counterparty) throw new Error(`Counterparty ${counterpartyId} of a position is missing.`);
    return counterparty;
  },
  current: (position, _args, ctx) => isCurrent(position, today(ctx.timeZone)),
};
