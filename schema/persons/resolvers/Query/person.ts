import type { QueryResolvers } from './../../../types.generated';
import { getPerson } from '../../../../src/modules/persons/persons.service';

export const person: NonNullable<QueryResolvers['person']> = (_parent, { id }, ctx) => getPerson(ctx, id);
