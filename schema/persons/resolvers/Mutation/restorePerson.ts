import type { MutationResolvers } from './../../../types.generated';
import { restorePerson as run } from '../../../../src/modules/persons/persons.service';

export const restorePerson: NonNullable<MutationResolvers['restorePerson']> = (_parent, { input }, ctx) => run(ctx, input);
