import type { QueryResolvers } from './../../../types.generated';
import { getPersonByExternalId } from '../../../../src/modules/persons/persons.service';

export const personByExternalId: NonNullable<QueryResolvers['personByExternalId']> = (_parent, { externalId }, ctx) =>
  getPersonByExternalId(ctx, externalId);
