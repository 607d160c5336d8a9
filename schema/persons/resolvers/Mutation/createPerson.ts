import type { MutationResolvers } from './../../../types.generated.js';
import { createPerson as run } from '../../../../src/modules/persons/persons.service.js';

export const createPerson: NonNullable<MutationResolvers['createPerson']> = (_parent, { input }, ctx) => run(ctx, input);
