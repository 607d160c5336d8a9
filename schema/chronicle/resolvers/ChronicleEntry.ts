import type { ChronicleEntryResolvers } from './../../types.generated';
import { toGlobalId } from '../../../src/lib/global-id';

export const ChronicleEntry: ChronicleEntryResolvers = {
  id: ({ id }) => toGlobalId('ChronicleEntry', id),
  counterparty: async ({ counterpartyId }, _args, ctx) => (await ctx.loaders.counterpartyById.load(counterpartyId))!,
  person: ({ personId }, _args, ctx) => (personId === null ? null : ctx.loaders.personById.load(personId)),
  responsibleEmployee: ({ responsibleEmployeeId }, _args, ctx) =>
    (responsibleEmployeeId === null ? null : ctx.loaders.employeeById.load(responsibleEmployeeId)),
  informationSource: ({ informationSourceId }, _args, ctx) =>
    (informationSourceId === null ? null : ctx.loaders.informationSourceById.load(informationSourceId)),
};
