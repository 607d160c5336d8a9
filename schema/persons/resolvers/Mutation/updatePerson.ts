import type { MutationResolvers } from './../../../types.generated.js';
import { updatePerson as run } from '../../../../src/modules/persons/persons.service.js';

export const updatePerson: NonNullable<MutationResolvers['updatePerson']> = (_parent, { input }, ctx) => run(ctx, input);
