import type { CounterpartyResolvers } from './../../types.generated';
import { toGlobalId } from '../../../src/lib/global-id';

export const Counterparty: Pick<CounterpartyResolvers, 'addresses'|'archived'|'archivedAt'|'bankAccounts'|'competitors'|'createdAt'|'emails'|'externalId'|'group'|'id'|'importance'|'industry'|'informationSource'|'kind'|'legalName'|'name'|'notes'|'objects'|'parameters'|'parent'|'phones'|'region'|'registrationNumber'|'responsibleEmployee'|'roles'|'segment'|'size'|'taxNumber'|'updatedAt'|'version'|'websites'|'__isTypeOf'> = {
  id: ({ id }) => toGlobalId('Counterparty', id),
  archived: ({ archivedAt }) => archivedAt !== null,
  responsibleEmployee: ({ responsibleEmployeeId: id }, _args, ctx) => (id === null ? null : ctx.loaders.employeeById.load(id)),
  informationSource: ({ informationSourceId: id }, _args, ctx) => (id === null ? null : ctx.loaders.informationSourceById.load(id)),
  group: ({ groupId: id }, _args, ctx) => (id === null ? null : ctx.loaders.counterpartyGroups.byId.load(id)),
  parent: ({ parentId: id }, _args, ctx) => (id === null ? null : ctx.loaders.counterpartyById.load(id)),
  objects: ({ id }, _args, ctx) => ctx.loaders.objectsByCounterpartyId.load(id),
  parameters: ({ id }, _args, ctx) => ctx.loaders.parameterValuesByCounterpartyId.load(id),
  competitors: ({ id }, _args, ctx) => ctx.loaders.competitorsByCounterpartyId.load(id),
};
