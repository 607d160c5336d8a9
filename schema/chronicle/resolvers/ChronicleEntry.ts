import type { ChronicleEntryResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';
import { referenceResolver } from '../../../src/lib/loader.js';
import type { Context } from '../../../src/context.js';
import type { ChronicleEntryMapper } from '../schema.mappers.js';

export const ChronicleEntry: Pick<ChronicleEntryResolvers, 'channel'|'counterparty'|'createdAt'|'direction'|'durationMinutes'|'externalId'|'happenedAt'|'id'|'importance'|'informationSource'|'kind'|'occurredAt'|'person'|'plannedAt'|'remindAt'|'responsibleEmployee'|'result'|'status'|'subject'|'updatedAt'|'version'|'visibleToClient'|'__isTypeOf'> = {
  id: ({ id }) => toGlobalId('ChronicleEntry', id),
  // References come read with the entry when its loader embedded them (see db/columns.ts).
  counterparty: referenceResolver('counterparty', (entry: ChronicleEntryMapper, ctx: Context) =>
    (entry.counterpartyId === null ? null : ctx.loaders.counterparties.byId.load(entry.counterpartyId))),
  person: referenceResolver('person', (entry: ChronicleEntryMapper, ctx: Context) => (entry.personId === null ? null : ctx.loaders.persons.byId.load(entry.personId))),
  responsibleEmployee: referenceResolver('responsibleEmployee', (entry: ChronicleEntryMapper, ctx: Context) =>
    (entry.responsibleEmployeeId === null ? null : ctx.loaders.catalogues.employeeById.load(entry.responsibleEmployeeId))),
  informationSource: referenceResolver('informationSource', (entry: ChronicleEntryMapper, ctx: Context) =>
    (entry.informationSourceId === null ? null : ctx.loaders.catalogues.informationSourceById.load(entry.informationSourceId))),
};
