import type { MutationResolvers } from './../../../types.generated';
import { createPerson as run } from '../../../../src/modules/persons/persons.service';

export const createPerson: NonNullable<MutationResolvers['createPerson']> = (_parent, { input }, ctx) => run(ctx, input);
