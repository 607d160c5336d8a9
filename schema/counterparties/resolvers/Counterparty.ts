import type { CounterpartyResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';
import { referenceResolver } from '../../../src/lib/loader.js';
import type { Context } from '../../../src/context.js';
import type { CounterpartyMapper } from '../schema.mappers.js';

export const Counterparty: Pick<CounterpartyResolvers, 'addresses'|'archived'|'archivedAt'|'bankAccounts'|'competitors'|'createdAt'|'emails'|'externalId'|'group'|'id'|'importance'|'industry'|'informationSource'|'kind'|'legalName'|'name'|'notes'|'objects'|'parameters'|'parent'|'phones'|'region'|'registrationNumber'|'responsibleEmployee'|'roles'|'segment'|'size'|'taxNumber'|'updatedAt'|'version'|'websites'|'__isTypeOf'> = {
  id: ({ id }) => toGlobalId('Counterparty', id),
  archived: ({ archivedAt }) => archivedAt !== null,
  // References come read with the counterparty when a page embedded them (see db/columns.ts).
  responsibleEmployee: referenceResolver('responsibleEmployee', (row: CounterpartyMapper, ctx: Context) =>
    (row.responsibleEmployeeId === null ? null : ctx.loaders.catalogues.employeeById.load(row.responsibleEmployeeId))),
  informationSource: referenceResolver('informationSource', (row: CounterpartyMapper, ctx: Context) =>
    (row.informationSourceId === null ? null : ctx.loaders.catalogues.informationSourceById.load(row.informationSourceId))),
  group: ({ groupId: id }, _args, ctx) => (id === null ? null : ctx.loaders.counterparties.groups.byId.load(id)),
  parent: ({ parentId: id }, _args, ctx) => (id === null ? null : ctx.loaders.counterparties.byId.load(id)),
  objects: ({ id }, _args, ctx) => ctx.loaders.counterparties.objectsByCounterpartyId.load(id),
  parameters: ({ id }, _args, ctx) => ctx.loaders.counterparties.parameterValuesByCounterpartyId.load(id),
  competitors: ({ id }, _args, ctx) => ctx.loaders.counterparties.competitorsByCounterpartyId.load(id),
};
