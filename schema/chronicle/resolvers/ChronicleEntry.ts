import type { ChronicleEntryResolvers } from './../../types.generated';
import { toGlobalId } from '../../../src/lib/global-id';
import { referenced } from '../../../src/lib/loader';

export const ChronicleEntry: ChronicleEntryResolvers = {
  id: ({ id }) => toGlobalId('ChronicleEntry', id),
  // References come read with the entry when its loader embedded them (see db/columns.ts).
  counterparty: async (entry, _args, ctx) => (await referenced(entry, 'counterparty', () => ctx.loaders.counterpartyById.load(entry.counterpartyId)))!,
  person: (entry, _args, ctx) => referenced(entry, 'person', () => (entry.personId === null ? null : ctx.loaders.personById.load(entry.personId))),
  responsibleEmployee: (entry, _args, ctx) => referenced(entry, 'responsibleEmployee',
    () => (entry.responsibleEmployeeId === null ? null : ctx.loaders.employeeById.load(entry.responsibleEmployeeId))),
  informationSource: (entry, _args, ctx) => referenced(entry, 'informationSource',
    () => (entry.informationSourceId === null ? null : ctx.loaders.informationSourceById.load(entry.informationSourceId))),
};
