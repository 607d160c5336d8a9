import type { MutationResolvers } from './../../../types.generated';
import { updatePerson as run } from '../../../../src/modules/persons/persons.service';

export const updatePerson: NonNullable<MutationResolvers['updatePerson']> = (_parent, { input }, ctx) => run(ctx, input);
