import type { MutationResolvers } from './../../../types.generated.js';
import { restorePerson as run } from '../../../../src/modules/persons/persons.service.js';

export const restorePerson: NonNullable<MutationResolvers['restorePerson']> = (_parent, { input }, ctx) => run(ctx, input);
