import type { QueryResolvers } from './../../../types.generated.js';
import { getPerson } from '../../../../src/modules/persons/persons.service.js';

export const person: NonNullable<QueryResolvers['person']> = (_parent, { id }, ctx) => getPerson(ctx, id);
