import type { MutationResolvers } from './../../../types.generated';
import { archivePerson as run } from '../../../../src/modules/persons/persons.service';

export const archivePerson: NonNullable<MutationResolvers['archivePerson']> = (_parent, { input }, ctx) => run(ctx, input);
