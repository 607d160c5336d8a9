import type { QueryResolvers } from './../../../types.generated.js';
import { getPersonByExternalId } from '../../../../src/modules/persons/persons.service.js';

export const personByExternalId: NonNullable<QueryResolvers['personByExternalId']> = (_parent, { externalId }, ctx) =>
  getPersonByExternalId(ctx, externalId);
